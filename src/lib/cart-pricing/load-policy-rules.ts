import { MedusaContainer } from "@medusajs/framework/types"
import { DEFAULT_POLICY_RULES, type PolicyRule } from "../../domain/policy"

/**
 * The rules that decide for one agreement: the plugin's defaults (admin-defined
 * global and per-agreement rules are added here by the policy module).
 */
export async function loadPolicyRules(_scope: MedusaContainer, _agreementId: string): Promise<readonly PolicyRule[]> {
  return DEFAULT_POLICY_RULES
}
