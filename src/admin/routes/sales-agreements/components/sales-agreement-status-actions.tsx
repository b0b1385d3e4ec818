import { Button, toast, usePrompt } from "@medusajs/ui"
import { allowedNextStatuses } from "../../../../domain/agreements/status-transitions"
import { useUpdateSalesAgreementStatus } from "../../../hooks/api/sales-agreements"
import { toastError } from "../../../lib/errors"
import { STATUS_LABELS, statusActionLabel } from "../../../lib/format"
import type { AdminSalesAgreement, AgreementStatus } from "../../../types/sales-agreements"

/** One button per status the agreement may move to next (the server enforces the same machine). */
export const SalesAgreementStatusActions = ({ agreement }: { agreement: AdminSalesAgreement }) => {
  const prompt = usePrompt()
  const { mutateAsync, isPending, variables } = useUpdateSalesAgreementStatus(agreement.id)
  const next = allowedNextStatuses(agreement.status)

  const move = async (to: AgreementStatus) => {
    if (to === "closed") {
      const ok = await prompt({
        title: `Close ${agreement.number}?`,
        description: "A closed agreement no longer applies to orders and cannot be reopened or edited.",
        confirmText: "Close agreement",
        cancelText: "Cancel",
        variant: "danger",
      })
      if (!ok) return
    }
    try {
      await mutateAsync(to)
      toast.success(`${agreement.number} is now ${STATUS_LABELS[to].toLowerCase()}`)
    } catch (error) {
      toastError(error)
    }
  }

  return (
    <>
      {next.map((to) => (
        <Button
          key={to}
          size="small"
          variant={to === "closed" ? "danger" : "secondary"}
          disabled={isPending}
          isLoading={isPending && variables === to}
          onClick={() => move(to)}
        >
          {statusActionLabel(agreement.status, to)}
        </Button>
      ))}
    </>
  )
}
