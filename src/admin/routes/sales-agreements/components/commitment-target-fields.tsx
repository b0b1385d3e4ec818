import { Input, Select } from "@medusajs/ui"
import { COMMITMENT_TYPE_FIELDS, CommitmentFormValues, ProductRefField } from "./commitment-form-values"
import { FormField } from "./form-field"

/** What the commitment is about: a variant or product, a category, or nothing (any product). */
export const CommitmentTargetFields = ({
  values,
  onChange,
}: {
  values: CommitmentFormValues
  onChange: (patch: Partial<CommitmentFormValues>) => void
}) => {
  const spec = COMMITMENT_TYPE_FIELDS[values.commitment_type]

  if (spec.category) {
    return (
      <FormField id="line-category" label="Product category ID" hint="Includes the category's descendants">
        <Input
          id="line-category"
          placeholder="pcat_..."
          value={values.product_category_id}
          onChange={(e) => onChange({ product_category_id: e.target.value })}
          required
        />
      </FormField>
    )
  }
  if (!spec.productRef) {
    return null
  }
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-[180px_1fr]">
      <FormField id="line-product-ref" label="Applies to">
        <Select
          value={values.product_ref}
          onValueChange={(v) => onChange({ product_ref: v as ProductRefField })}
        >
          <Select.Trigger id="line-product-ref">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value="product_variant_id">Product variant</Select.Item>
            <Select.Item value="product_id">Product (all variants)</Select.Item>
          </Select.Content>
        </Select>
      </FormField>
      <FormField id="line-product-ref-id" label={values.product_ref === "product_id" ? "Product ID" : "Variant ID"}>
        <Input
          id="line-product-ref-id"
          placeholder={values.product_ref === "product_id" ? "prod_..." : "variant_..."}
          value={values.product_ref_id}
          onChange={(e) => onChange({ product_ref_id: e.target.value })}
          required
        />
      </FormField>
    </div>
  )
}
