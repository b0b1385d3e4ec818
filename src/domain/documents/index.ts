export {
  buildConfirmationView,
  CONFIRMATION_TITLE,
  type BuildConfirmationViewOptions,
  type ConfirmationCustomer,
  type ConfirmationField,
  type ConfirmationLine,
  type ConfirmationValidity,
  type ConfirmationView,
} from "./confirmation-view"
export { escapeHtml } from "./escape-html"
export { renderConfirmationHtml } from "./render-confirmation-html"
export { renderConfirmationPdf, type RenderConfirmationPdfOptions } from "./render-confirmation-pdf"
