import { MedusaError, ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import type { CommitmentInput } from "../../../domain/types"
import { SalesAgreementErrorCode } from "../../../utils/errors"

export type ValidateAgreementReferencesStepInput = {
  customer_id?: string
  currency_code?: string
  lines?: Pick<CommitmentInput, "product_variant_id" | "product_id" | "product_category_id">[]
}

export const validateAgreementReferencesStepId = "validate-agreement-references"

const unique = (values: (string | null | undefined)[]) =>
  [...new Set(values.filter((v): v is string => !!v))]

/**
 * This step checks that the customer, currency, variants, products and
 * categories an agreement references exist, naming every missing id.
 */
export const validateAgreementReferencesStep = createStep(
  validateAgreementReferencesStepId,
  async (input: ValidateAgreementReferencesStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const lines = input.lines ?? []

    if (input.currency_code) {
      const { data } = await query.graph({
        entity: "currency",
        fields: ["code"],
        filters: { code: input.currency_code.toLowerCase() },
      })
      if (!data.length) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `currency_code: unknown currency (${input.currency_code})`,
          SalesAgreementErrorCode.UNKNOWN_CURRENCY
        )
      }
    }

    const checks: [string, string, string[]][] = [
      ["customer", "customer_id", unique([input.customer_id])],
      ["product_variant", "product_variant_id", unique(lines.map((l) => l.product_variant_id))],
      ["product", "product_id", unique(lines.map((l) => l.product_id))],
      ["product_category", "product_category_id", unique(lines.map((l) => l.product_category_id))],
    ]
    const missing: string[] = []
    await Promise.all(
      checks.map(async ([entity, field, ids]) => {
        if (!ids.length) {
          return
        }
        const { data } = await query.graph({ entity, fields: ["id"], filters: { id: ids } })
        const found = new Set(data.map((d: { id: string }) => d.id))
        const absent = ids.filter((id) => !found.has(id))
        if (absent.length) {
          missing.push(`${field}: ${entity.replace("_", " ")} not found (${absent.join(", ")})`)
        }
      })
    )
    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        missing.sort().join("; "),
        SalesAgreementErrorCode.REFERENCE_NOT_FOUND
      )
    }
  }
)
