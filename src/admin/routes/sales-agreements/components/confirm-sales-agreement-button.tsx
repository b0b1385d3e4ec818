import { Button, toast } from "@medusajs/ui"
import { useConfirmSalesAgreement } from "../../../hooks/api/sales-agreements"
import { toastError } from "../../../lib/errors"
import type { AdminSalesAgreement } from "../../../types/sales-agreements"

/** Stores the agreement as its next confirmed version; nothing to do while it is confirmed and unchanged. */
export const ConfirmSalesAgreementButton = ({ agreement }: { agreement: AdminSalesAgreement }) => {
  const { mutateAsync, isPending } = useConfirmSalesAgreement(agreement.id)
  const upToDate = agreement.confirmation_status === "confirmed"

  const onConfirm = async () => {
    try {
      const { version } = await mutateAsync()
      toast.success(`${agreement.number} confirmed as version ${version.version}`)
    } catch (error) {
      toastError(error)
    }
  }

  return (
    <Button
      size="small"
      variant="primary"
      onClick={onConfirm}
      isLoading={isPending}
      disabled={upToDate}
      title={upToDate ? "Already confirmed; change the agreement to confirm a new version" : undefined}
    >
      Confirm
    </Button>
  )
}
