import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  createUsersWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { createEmailpassIdentity } from "../integration-tests/utils/admin"
import { seedCatalog } from "../integration-tests/utils/seeders"
import { createCustomer } from "../integration-tests/utils/store"
import { SPECIAL_ORDER_MODULE } from "../src/modules/special-order"
import type SpecialOrderModuleService from "../src/modules/special-order/service"
import {
  createPurchasingCodeWorkflow,
  createSalesAgreementWorkflow,
  createVendorWorkflow,
  updateSalesAgreementStatusWorkflow,
  upsertVariantSourcingWorkflow,
} from "../src/workflows"

export const DEMO_ADMIN = { email: "admin@example.com", password: "supersecret" }
export const DEMO_BUYER = { email: "buyer@example.com", password: "supersecret" }
const COUNTRIES = ["de", "fr", "nl"]

/**
 * Demo data for `npm run dev`: a store that can check out in EUR, a catalog
 * Hardware > Fasteners > Screws, a buyer and an effective framework agreement,
 * and special orders (a vendor, a special-order and a drop-shipment purchasing
 * code, the 30 mm screw sourced from the vendor as a special-order item).
 * Runs once: the admin user, created last, marks the seed as done (the
 * special-order part is idempotent on its own and is added to databases seeded
 * before it existed).
 *
 * Usage: `npx medusa exec ./scripts/seed-demo.ts`
 */
export default async function seedDemo({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const userModule = container.resolve(Modules.USER)

  if ((await userModule.listUsers({ email: DEMO_ADMIN.email })).length) {
    logger.info(`Demo data already seeded (user ${DEMO_ADMIN.email} exists).`)
    await seedSpecialOrderDemo(container)
    return
  }
  const regionModule = container.resolve(Modules.REGION)
  if ((await regionModule.listRegions({ name: "Europe" })).length) {
    throw new Error(
      "An earlier demo seed stopped halfway (region Europe exists, the demo admin does not). " +
        "Reset the dev database (delete .data/pg, or drop database medusa_sales_agreements) and run again."
    )
  }

  logger.info("Seeding demo store...")
  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)
  let [salesChannel] = await salesChannelModule.listSalesChannels({ name: "Default Sales Channel" })
  if (!salesChannel) {
    ;({
      result: [salesChannel],
    } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [{ name: "Default Sales Channel" }] },
    }))
  }

  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        { name: "Europe", currency_code: "eur", countries: COUNTRIES, payment_providers: ["pp_system_default"] },
      ],
    },
  })
  await createTaxRegionsWorkflow(container).run({
    input: COUNTRIES.map((country_code) => ({ country_code, provider_id: "tp_system" })),
  })

  const [store] = await container.resolve(Modules.STORE).listStores()
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        supported_currencies: [{ currency_code: "eur", is_default: true }, { currency_code: "usd" }],
        default_sales_channel_id: salesChannel.id,
        default_region_id: region.id,
      },
    },
  })

  logger.info("Seeding stock location and shipping...")
  const {
    result: [stockLocation],
  } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [{ name: "Main Warehouse", address: { city: "Cologne", country_code: "DE", address_1: "" } }],
    },
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: stockLocation.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })

  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  let [shippingProfile] = await fulfillmentModule.listShippingProfiles({ type: "default" })
  if (!shippingProfile) {
    ;({
      result: [shippingProfile],
    } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
    }))
  }
  const fulfillmentSet = await fulfillmentModule.createFulfillmentSets({
    name: "Main Warehouse delivery",
    type: "shipping",
    service_zones: [
      { name: "Europe", geo_zones: COUNTRIES.map((country_code) => ({ country_code, type: "country" as const })) },
    ],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: stockLocation.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })
  await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Standard Shipping",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: fulfillmentSet.service_zones[0].id,
        shipping_profile_id: shippingProfile.id,
        type: { label: "Standard", description: "Ships in 2-3 days.", code: "standard" },
        prices: [
          { currency_code: "eur", amount: 10 },
          { region_id: region.id, amount: 10 },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: stockLocation.id, add: [salesChannel.id] },
  })

  const {
    result: [apiKey],
  } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Demo storefront", type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: apiKey.id, add: [salesChannel.id] },
  })

  logger.info("Seeding catalog...")
  const catalog = await seedCatalog(container, {
    salesChannelId: salesChannel.id,
    currencies: ["eur"],
    shippingProfileId: shippingProfile.id,
  })

  logger.info("Seeding buyer and sales agreement...")
  const { customer } = await createCustomer(container, {
    ...DEMO_BUYER,
    first_name: "Berta",
    last_name: "Buyer",
  })

  const today = new Date()
  const inOneYear = new Date(today)
  inOneYear.setFullYear(today.getFullYear() + 1)
  const isoDate = (date: Date) => date.toISOString().slice(0, 10)

  const { result: agreement } = await createSalesAgreementWorkflow(container).run({
    input: {
      customer_id: customer.id,
      currency_code: "eur",
      title: "Demo framework agreement 2026",
      effective_date: isoDate(today),
      expiration_date: isoDate(inOneYear),
      payment_terms: "Net 30",
      delivery_terms: "DAP",
      auto_apply: true,
      dimensions: { cost_center: "CC-100" },
      lines: [
        {
          commitment_type: "product_quantity",
          product_variant_id: catalog.products.screw.variants.m4x20.id,
          quantity: 500,
          unit_label: "pcs",
          unit_price: "8.50",
          max_enforced: true,
        },
        {
          commitment_type: "product_value",
          product_id: catalog.products.drill.id,
          amount: "5000",
          discount_percent: "10",
        },
        {
          commitment_type: "product_category_value",
          product_category_id: catalog.categories.fastenersId,
          amount: "2000",
          discount_percent: "5",
        },
        { commitment_type: "value", amount: "10000", discount_percent: "2" },
      ],
    },
  })
  await updateSalesAgreementStatusWorkflow(container).run({
    input: { id: agreement.id, status: "effective" },
  })

  await seedSpecialOrderDemo(container)

  // Last: the demo admin existing means the whole seed went through.
  const {
    result: [admin],
  } = await createUsersWorkflow(container).run({
    input: { users: [{ email: DEMO_ADMIN.email, first_name: "Demo", last_name: "Admin" }] },
  })
  await createEmailpassIdentity(container, { ...DEMO_ADMIN, appMetadata: { user_id: admin.id } })

  logger.info(
    [
      "Demo data seeded:",
      `  Admin login:       ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}`,
      `  Buyer login:       ${DEMO_BUYER.email} / ${DEMO_BUYER.password} (POST /auth/customer/emailpass)`,
      `  Publishable key:   ${apiKey.token}`,
      `  Region:            Europe (${region.id}, EUR: ${COUNTRIES.join(", ")})`,
      `  Sales agreement:   ${agreement.number} (${agreement.id}), effective`,
      `  Special order:     ${DEMO_VENDOR.name} sources SKU ${DEMO_SPECIAL_ORDER_SKU} (code ${DEMO_CODES.special_order})`,
    ].join("\n")
  )
}

export const DEMO_VENDOR = {
  name: "Acme Fasteners GmbH",
  email: "orders@acme-fasteners.example.com",
  phone: "+49 221 000000",
  currency_code: "eur",
  lead_time_days: 7,
  address: { company: "Acme Fasteners GmbH", address_1: "Industriestrasse 1", city: "Cologne", postal_code: "50667", country_code: "de" },
}
export const DEMO_CODES = { special_order: "SPECIAL", drop_shipment: "DROPSHIP" } as const
export const DEMO_SPECIAL_ORDER_SKU = "SCREW-M4-30"

/**
 * Special-order demo data, idempotent: each record is looked up (code, vendor
 * email, variant sourcing) before it is created.
 */
async function seedSpecialOrderDemo(container: ExecArgs["container"]) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const service = container.resolve<SpecialOrderModuleService>(SPECIAL_ORDER_MODULE)
  const [variant] = await container.resolve(Modules.PRODUCT).listProductVariants({ sku: DEMO_SPECIAL_ORDER_SKU }, { select: ["id"] })
  if (!variant) {
    logger.warn(`Special-order demo skipped: no variant with SKU ${DEMO_SPECIAL_ORDER_SKU}.`)
    return
  }
  const codeIds: Record<string, string> = {}
  for (const [kind, code] of Object.entries(DEMO_CODES) as [keyof typeof DEMO_CODES, string][]) {
    const [existing] = await service.listPurchasingCodes({ code }, { select: ["id"] })
    codeIds[kind] =
      existing?.id ??
      (
        await createPurchasingCodeWorkflow(container).run({
          input: {
            code,
            kind,
            description: kind === "special_order" ? "Bought for the order, shipped to our warehouse" : "Shipped by the vendor to the customer",
          },
        })
      ).result.id
  }
  const [vendor] = await service.listVendors({ email: DEMO_VENDOR.email }, { select: ["id"] })
  const vendorId = vendor?.id ?? (await createVendorWorkflow(container).run({ input: DEMO_VENDOR })).result.id
  const [sourcing] = await service.listVariantSourcings({ product_variant_id: variant.id }, { select: ["id"] })
  if (!sourcing) {
    await upsertVariantSourcingWorkflow(container).run({
      input: {
        vendor_id: vendorId,
        product_variant_id: variant.id,
        vendor_sku: "ACME-M4-30",
        unit_cost: "6.40",
        purchasing_code_id: codeIds.special_order,
      },
    })
  }
  logger.info(`Special-order demo: vendor ${DEMO_VENDOR.name}, codes ${Object.values(DEMO_CODES).join(" / ")}, ${DEMO_SPECIAL_ORDER_SKU} special-ordered.`)
}
