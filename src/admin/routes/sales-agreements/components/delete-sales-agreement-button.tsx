import { Button, toast, usePrompt } from "@medusajs/ui"
import { useNavigate } from "react-router-dom"
import { useDeleteSalesAgreement } from "../../../hooks/api/sales-agreements"
import { toastError } from "../../../lib/errors"
import type { AdminSalesAgreement } from "../../../types/sales-agreements"

/** Deletes a draft agreement (only drafts may be deleted) and returns to the list. */
export const DeleteSalesAgreementButton = ({ agreement }: { agreement: AdminSalesAgreement }) => {
  const prompt = usePrompt()
  const navigate = useNavigate()
  const { mutateAsync, isPending } = useDeleteSalesAgreement(agreement.id)

  const onDelete = async () => {
    const ok = await prompt({
      title: `Delete ${agreement.number}?`,
      description: "The draft and its commitments will be deleted permanently.",
      confirmText: "Delete",
      cancelText: "Cancel",
      variant: "danger",
    })
    if (!ok) return
    try {
      await mutateAsync()
      toast.success(`${agreement.number} deleted`)
      navigate("/sales-agreements", { replace: true })
    } catch (error) {
      toastError(error)
    }
  }

  return (
    <Button size="small" variant="danger" onClick={onDelete} isLoading={isPending}>
      Delete
    </Button>
  )
}
