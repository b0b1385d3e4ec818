import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  retrieveSalesAgreementStep,
  updateSalesAgreementsStep,
  validateSalesAgreementStateStep,
} from "../../sales-agreement/steps"
import { createSalesAgreementPolicyStep, SalesAgreementPolicyInput, validatePolicyRuleStep } from "../steps"

export const createSalesAgreementPolicyWorkflowId = "create-sales-agreement-policy"

/**
 * Adds a declarative policy rule, globally or for one agreement (which then
 * reads "modified since confirmation": its rules are part of its versions).
 *
 * @example
 * await createSalesAgreementPolicyWorkflow(container).run({ input: { name: "big-orders", priority: 10,
 *   conditions: { all: [{ fact: "line_amount", operator: "decimalGreaterThan", value: "10000" }] },
 *   event: { type: "block.large_order", params: { message: "Orders over 10,000 need a sales rep" } } } })
 */
export const createSalesAgreementPolicyWorkflow = createWorkflow(
  createSalesAgreementPolicyWorkflowId,
  (input: SalesAgreementPolicyInput) => {
    validatePolicyRuleStep(input)
    when({ input }, ({ input }) => !!input.sales_agreement_id).then(() => {
      const agreement = retrieveSalesAgreementStep({ id: input.sales_agreement_id! })
      validateSalesAgreementStateStep({ agreement, action: "edit" })
      updateSalesAgreementsStep(
        transform({ agreement }, ({ agreement }) => ({
          id: agreement.id,
          confirmation_status: agreement.confirmation_status === "confirmed" ? "modified" : agreement.confirmation_status,
        }))
      )
    })
    return new WorkflowResponse(createSalesAgreementPolicyStep(input))
  }
)
