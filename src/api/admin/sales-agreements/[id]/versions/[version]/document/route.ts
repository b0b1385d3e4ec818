import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  buildConfirmationView,
  renderConfirmationHtml,
  renderConfirmationPdf,
} from "../../../../../../../domain/documents"
import { retrieveVersion } from "../../helpers"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const version = await retrieveVersion(req.scope, req.params.id, req.params.version)
  const snapshot = version.snapshot as any
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: customers }, { data: stores }] = await Promise.all([
    query.graph({
      entity: "customer",
      fields: ["first_name", "last_name", "email", "company_name"],
      filters: { id: snapshot.header.customer_id },
    }),
    query.graph({ entity: "store", fields: ["name"] }),
  ])
  const c = customers[0] as any
  const view = buildConfirmationView(snapshot, {
    store_name: (stores[0] as any)?.name,
    customer: c
      ? { name: [c.first_name, c.last_name].filter(Boolean).join(" ") || null, email: c.email, company_name: c.company_name }
      : null,
  })
  const filename = `${snapshot.header.number}-v${version.version}`
  if ((req.validatedQuery as { format?: string }).format === "pdf") {
    const pdf = await renderConfirmationPdf(view)
    res.setHeader("Content-Type", "application/pdf")
    res.setHeader("Content-Disposition", `inline; filename="${filename}.pdf"`)
    return res.send(pdf)
  }
  res.setHeader("Content-Type", "text/html; charset=utf-8")
  res.setHeader("Content-Disposition", `inline; filename="${filename}.html"`)
  res.send(renderConfirmationHtml(view))
}
