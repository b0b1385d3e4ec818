import { Button, toast, usePrompt } from "@medusajs/ui"
import { useNavigate } from "react-router-dom"
import { useDeleteVendor } from "../../../hooks/api/special-orders"
import { toastError } from "../../../lib/errors"
import type { AdminVendor } from "../../../types/special-orders"

/** Deletes a vendor (refused while it has open requests or unfinished POs) and returns to the vendor list. */
export const DeleteVendorButton = ({ vendor }: { vendor: AdminVendor }) => {
  const prompt = usePrompt()
  const navigate = useNavigate()
  const { mutateAsync, isPending } = useDeleteVendor(vendor.id)

  const onDelete = async () => {
    const ok = await prompt({
      title: `Delete ${vendor.name}?`,
      description: "Its variant sourcing is removed too (restoring those variants' inventory setting).",
      confirmText: "Delete",
      cancelText: "Cancel",
      variant: "danger",
    })
    if (!ok) return
    try {
      await mutateAsync()
      toast.success(`${vendor.name} deleted`)
      navigate("/special-orders?tab=vendors", { replace: true })
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
