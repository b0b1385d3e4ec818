import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { formatPolicyRuleErrors, validatePolicyRule } from "../../../domain/policy"
import { SalesAgreementErrorCode } from "../../../utils/errors"

export const validatePolicyRuleStepId = "validate-policy-rule"

/** This step validates rule JSON (facts, operators, decisions, shape, limits) and names every problem. */
export const validatePolicyRuleStep = createStep(
  validatePolicyRuleStepId,
  async (rule: { name?: unknown; priority?: unknown; conditions?: unknown; event?: unknown }) => {
    const result = validatePolicyRule({
      name: rule.name,
      priority: rule.priority,
      conditions: rule.conditions,
      event: rule.event,
    })
    if ("errors" in result) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Invalid policy rule: ${formatPolicyRuleErrors(result.errors)}`,
        SalesAgreementErrorCode.INVALID_POLICY
      )
    }
  }
)
