import { toast } from "@medusajs/ui"

/** The message the API sent back (FetchError carries the response's `message`), or a generic fallback. */
export const errorMessage = (error: unknown): string =>
  error instanceof Error && error.message ? error.message : "Something went wrong"

/** Shows an API error in a toast. */
export const toastError = (error: unknown) => {
  toast.error(errorMessage(error))
}
