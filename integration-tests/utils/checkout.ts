import Medusa, { FetchError } from "@medusajs/js-sdk"
import type { HttpTypes, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  batchLinksWorkflow,
  createLocationFulfillmentSetWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateRegionsWorkflow,
  updateTaxRegionsWorkflow,
} from "@medusajs/medusa/core-flows"
import type { StoreHeaders } from "./store"

export const SYSTEM_PAYMENT_PROVIDER_ID = "pp_system_default"
export const SYSTEM_TAX_PROVIDER_ID = "tp_system"
export const MANUAL_FULFILLMENT_PROVIDER_ID = "manual_manual"
export const DEFAULT_SHIPPING_AMOUNT = 10
const SHIPPING_OPTION_NAME = "Standard Shipping"

export type SeededCheckout = {
  shippingOptionId: string
  stockLocationId: string
  shippingProfileId: string
  /** Flat price of the shipping option, in the currency's major units. */
  shippingAmount: number
  fulfillmentSetId: string
  serviceZoneId: string
}

/**
 * Makes a region + sales channel able to check out, the way `scripts/seed-demo.ts`
 * does it, with core workflows:
 *
 * - a stock location linked to the sales channel and to the manual fulfillment
 *   provider, with a shipping fulfillment set whose service zone covers the
 *   region's countries;
 * - a shipping profile (`shippingProfileId`, else the existing `default` one,
 *   else a new one) and a flat-rate "Standard Shipping" option in it priced
 *   `amount` in `currency` (default: the region's) and for the region;
 * - a tax region with provider `tp_system` for each region country (add-to-cart
 *   answers 500 without one);
 * - `pp_system_default` among the region's payment providers.
 *
 * Products in the sales channel that have no shipping profile yet (`seedCatalog`
 * without `shippingProfileId` creates such products) are put into the profile
 * unless `assignProductsWithoutProfile` is false: lines of unprofiled products
 * have `requires_shipping: false`, which is not what a real store looks like.
 * Products already in another profile are left alone (their lines would need an
 * option of that profile to complete).
 *
 * Calling it again with the same ids reuses what exists (names derive from the
 * ids), so it is safe in a `beforeAll` of every test file. Call it in `beforeAll`
 * (before the runner snapshots the database) or the data is gone in the next test.
 *
 * @example
 * const store = await createStoreContext(container, { currency: "eur" })
 * const checkout = await seedCheckout(container, { regionId: store.region.id, salesChannelId: store.salesChannel.id })
 * const catalog = await seedCatalog(container, { salesChannelId: store.salesChannel.id, shippingProfileId: checkout.shippingProfileId })
 */
export async function seedCheckout(
  container: MedusaContainer,
  {
    regionId,
    salesChannelId,
    currency,
    amount = DEFAULT_SHIPPING_AMOUNT,
    shippingProfileId: givenProfileId,
    assignProductsWithoutProfile = true,
  }: {
    regionId: string
    salesChannelId: string
    currency?: string
    amount?: number
    shippingProfileId?: string
    assignProductsWithoutProfile?: boolean
  }
): Promise<SeededCheckout> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  const stockLocationModule = container.resolve(Modules.STOCK_LOCATION)
  const taxModule = container.resolve(Modules.TAX)

  // Region: countries, currency, payment providers.
  const {
    data: [region],
  } = await query.graph({
    entity: "region",
    fields: ["id", "currency_code", "countries.iso_2", "payment_providers.id"],
    filters: { id: regionId },
  })
  if (!region) {
    throw new Error(`seedCheckout: region ${regionId} not found`)
  }
  const countries: string[] = (region.countries ?? []).map((c: any) => String(c.iso_2).toLowerCase())
  if (!countries.length) {
    throw new Error(`seedCheckout: region ${regionId} has no countries; a shipping address needs one`)
  }
  const currencyCode = (currency ?? region.currency_code).toLowerCase()

  const providerIds: string[] = (region.payment_providers ?? []).filter(Boolean).map((p: any) => p.id as string)
  if (!providerIds.includes(SYSTEM_PAYMENT_PROVIDER_ID)) {
    await updateRegionsWorkflow(container).run({
      input: {
        selector: { id: regionId },
        update: { payment_providers: [...providerIds, SYSTEM_PAYMENT_PROVIDER_ID] },
      },
    })
  }

  // Tax regions (country level) with the system provider.
  const taxRegions = (await taxModule.listTaxRegions({ country_code: countries })).filter((t) => !t.parent_id)
  const missingTaxCountries = countries.filter((code) => !taxRegions.some((t) => t.country_code === code))
  if (missingTaxCountries.length) {
    await createTaxRegionsWorkflow(container).run({
      input: missingTaxCountries.map((country_code) => ({ country_code, provider_id: SYSTEM_TAX_PROVIDER_ID })),
    })
  }
  const withoutProvider = taxRegions.filter((t) => !t.provider_id)
  if (withoutProvider.length) {
    await updateTaxRegionsWorkflow(container).run({
      input: withoutProvider.map(({ id }) => ({ id, provider_id: SYSTEM_TAX_PROVIDER_ID })),
    })
  }

  // Shipping profile.
  let shippingProfileId = givenProfileId
  if (!shippingProfileId) {
    const [defaultProfile] = await fulfillmentModule.listShippingProfiles({ type: "default" })
    shippingProfileId = defaultProfile?.id
  }
  if (!shippingProfileId) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
    })
    shippingProfileId = result[0].id
  }

  // Stock location, its links to the sales channel and the manual provider.
  const locationName = `Checkout warehouse (${salesChannelId})`
  let [stockLocation] = await stockLocationModule.listStockLocations({ name: locationName })
  if (!stockLocation) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: {
        locations: [
          { name: locationName, address: { address_1: "1 Warehouse Street", city: "Test City", country_code: countries[0].toUpperCase() } },
        ],
      },
    })
    stockLocation = result[0]
  }
  const stockLocationId = stockLocation.id

  const {
    data: [locationLinks],
  } = await query.graph({
    entity: "stock_location",
    fields: ["id", "sales_channels.id", "fulfillment_providers.id", "fulfillment_sets.id", "fulfillment_sets.name"],
    filters: { id: stockLocationId },
  })
  const linkedIds = (list?: unknown) => ((list as ({ id: string } | null)[] | null) ?? []).filter(Boolean).map((x) => x!.id)
  if (!linkedIds(locationLinks?.fulfillment_providers).includes(MANUAL_FULFILLMENT_PROVIDER_ID)) {
    await batchLinksWorkflow(container).run({
      input: {
        create: [
          {
            [Modules.STOCK_LOCATION]: { stock_location_id: stockLocationId },
            [Modules.FULFILLMENT]: { fulfillment_provider_id: MANUAL_FULFILLMENT_PROVIDER_ID },
          },
        ],
      },
    })
  }
  if (!linkedIds(locationLinks?.sales_channels).includes(salesChannelId)) {
    await linkSalesChannelsToStockLocationWorkflow(container).run({
      input: { id: stockLocationId, add: [salesChannelId] },
    })
  }

  // Fulfillment set at the location and a service zone covering the region's countries.
  const setName = `Checkout delivery (${regionId} @ ${stockLocationId})`
  const findSet = async () =>
    (await fulfillmentModule.listFulfillmentSets({ name: setName }, { relations: ["service_zones", "service_zones.geo_zones"] }))[0]
  let fulfillmentSet = await findSet()
  if (!fulfillmentSet) {
    await createLocationFulfillmentSetWorkflow(container).run({
      input: { location_id: stockLocationId, fulfillment_set_data: { name: setName, type: "shipping" } },
    })
    fulfillmentSet = await findSet()
  }
  const zoneName = `Checkout zone (${regionId} @ ${stockLocationId})`
  let serviceZone = fulfillmentSet.service_zones?.find((zone) => zone.name === zoneName)
  if (!serviceZone) {
    const { result } = await createServiceZonesWorkflow(container).run({
      input: {
        data: [
          {
            fulfillment_set_id: fulfillmentSet.id,
            name: zoneName,
            geo_zones: countries.map((country_code) => ({ type: "country" as const, country_code })),
          },
        ],
      },
    })
    serviceZone = result[0]
  } else {
    const covered = (serviceZone.geo_zones ?? []).map((g) => g.country_code)
    const uncovered = countries.filter((code) => !covered.includes(code))
    if (uncovered.length) {
      await fulfillmentModule.createGeoZones(
        uncovered.map((country_code) => ({ service_zone_id: serviceZone!.id, type: "country" as const, country_code }))
      )
    }
  }

  // Flat-rate shipping option in the profile.
  let shippingOption = (
    await fulfillmentModule.listShippingOptions({ name: SHIPPING_OPTION_NAME, shipping_profile_id: shippingProfileId })
  ).find((option) => option.service_zone_id === serviceZone!.id)
  if (!shippingOption) {
    const { result } = await createShippingOptionsWorkflow(container).run({
      input: [
        {
          name: SHIPPING_OPTION_NAME,
          price_type: "flat",
          provider_id: MANUAL_FULFILLMENT_PROVIDER_ID,
          service_zone_id: serviceZone.id,
          shipping_profile_id: shippingProfileId,
          type: { label: "Standard", description: "Ships in 2-3 days.", code: "standard" },
          prices: [
            { currency_code: currencyCode, amount },
            { region_id: regionId, amount },
          ],
          rules: [
            { attribute: "enabled_in_store", value: "true", operator: "eq" },
            { attribute: "is_return", value: "false", operator: "eq" },
          ],
        },
      ],
    })
    shippingOption = result[0]
  }

  // Products of the sales channel without a shipping profile go into this one.
  if (assignProductsWithoutProfile) {
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "sales_channels.id", "shipping_profile.id"],
    })
    const unprofiled = products.filter(
      (p) => !p.shipping_profile?.id && linkedIds(p.sales_channels as { id: string }[]).includes(salesChannelId)
    )
    if (unprofiled.length) {
      await batchLinksWorkflow(container).run({
        input: {
          create: unprofiled.map((p) => ({
            [Modules.PRODUCT]: { product_id: p.id },
            [Modules.FULFILLMENT]: { shipping_profile_id: shippingProfileId },
          })),
        },
      })
    }
  }

  return {
    shippingOptionId: shippingOption.id,
    stockLocationId,
    shippingProfileId,
    shippingAmount: amount,
    fulfillmentSetId: fulfillmentSet.id,
    serviceZoneId: serviceZone.id,
  }
}

// ---------------------------------------------------------------------------
// Checkout through the standard store API
// ---------------------------------------------------------------------------

/** The subset of an axios instance (the runner's `api`) used here. */
export type HttpClient = {
  get: (url: string, config?: { headers?: Record<string, string> }) => Promise<{ status: number; data: any }>
  post: (url: string, body?: unknown, config?: { headers?: Record<string, string> }) => Promise<{ status: number; data: any }>
}

export type CompleteCartResult =
  | { type: "order"; order: HttpTypes.StoreOrder }
  | { type: "cart"; cart: HttpTypes.StoreCart; error: { message: string; name: string; type: string } }

export type CompleteCartOptions = {
  /** Used when the cart has no email yet (default: a unique guest address). */
  email?: string
  /** Used when the cart has no shipping address (default: a test address in the region's first country). */
  shippingAddress?: HttpTypes.StoreAddAddress
  /** The option to choose (default: `shippingOptionId` if offered, else the first one offered). */
  shippingOptionId?: string
  /** Payment provider of the session (default `pp_system_default`). */
  providerId?: string
}

const guestEmail = () => `guest-${Date.now()}-${Math.floor(Math.random() * 1e6)}@checkout.test`

const defaultAddress = (countryCode: string): HttpTypes.StoreAddAddress => ({
  first_name: "Test",
  last_name: "Buyer",
  address_1: "1 Test Street",
  city: "Test City",
  postal_code: "12345",
  country_code: countryCode,
})

/** The address / email update a storefront sends when the cart lacks them, or undefined. */
function missingCheckoutData(cart: HttpTypes.StoreCart, options: CompleteCartOptions) {
  const update: HttpTypes.StoreUpdateCart = {}
  if (!cart.email) {
    update.email = options.email ?? guestEmail()
  }
  if (!cart.shipping_address?.country_code) {
    const countryCode = cart.region?.countries?.[0]?.iso_2
    if (!options.shippingAddress && !countryCode) {
      throw new Error(`Cart ${cart.id}: its region has no country to ship to`)
    }
    update.shipping_address = options.shippingAddress ?? defaultAddress(countryCode!)
  }
  return Object.keys(update).length ? update : undefined
}

function pickShippingOption(
  cartId: string,
  options: HttpTypes.StoreCartShippingOption[],
  wanted?: string
): HttpTypes.StoreCartShippingOption {
  const offered = options.filter((o) => !o.insufficient_inventory)
  const picked = wanted ? offered.find((o) => o.id === wanted) : offered[0]
  if (!picked) {
    throw new Error(
      `Cart ${cartId}: ${wanted ? `shipping option ${wanted} is not` : "no shipping option is"} offered ` +
        `(offered: ${JSON.stringify(options.map((o) => ({ id: o.id, name: o.name, insufficient_inventory: o.insufficient_inventory })))}). ` +
        "Did seedCheckout run for the cart's region and sales channel, in beforeAll?"
    )
  }
  return picked
}

async function http<T = any>(label: string, run: () => Promise<{ data: T }>): Promise<T> {
  try {
    return (await run()).data
  } catch (error: any) {
    if (error?.response) {
      throw new Error(`${label} failed: HTTP ${error.response.status} ${JSON.stringify(error.response.data)}`)
    }
    throw new Error(`${label} failed: ${error?.message ?? error}`)
  }
}

/**
 * Completes a cart exactly like a storefront does with the standard store API:
 * email and shipping address (when missing) → shipping options for the cart →
 * shipping method → payment collection → `pp_system_default` session → complete.
 * Returns the body of `POST /store/carts/:id/complete`; throws on any HTTP
 * error, with the response body in the message.
 *
 * @example
 * const result = await completeCartViaStoreApi(api, cart.id, store.storeHeaders(token))
 * expect(result.type).toEqual("order")
 */
export async function completeCartViaStoreApi(
  api: HttpClient,
  cartId: string,
  headers: StoreHeaders | Record<string, string>,
  options: CompleteCartOptions = {}
): Promise<CompleteCartResult> {
  await prepareCheckoutViaStoreApi(api, cartId, headers, options)
  return await submitCheckoutViaStoreApi(api, cartId, headers)
}

/** Everything a storefront does before "Place order": email, address, shipping method, payment session. */
export async function prepareCheckoutViaStoreApi(
  api: HttpClient,
  cartId: string,
  headers: StoreHeaders | Record<string, string>,
  options: CompleteCartOptions = {}
): Promise<void> {
  const config = { headers: headers as Record<string, string> }

  let { cart } = await http<{ cart: HttpTypes.StoreCart }>(`GET /store/carts/${cartId}`, () =>
    api.get(`/store/carts/${cartId}`, config)
  )
  const update = missingCheckoutData(cart, options)
  if (update) {
    ;({ cart } = await http(`POST /store/carts/${cartId}`, () => api.post(`/store/carts/${cartId}`, update, config)))
  }

  const { shipping_options } = await http<{ shipping_options: HttpTypes.StoreCartShippingOption[] }>(
    `GET /store/shipping-options?cart_id=${cartId}`,
    () => api.get(`/store/shipping-options?cart_id=${cartId}`, config)
  )
  const option = pickShippingOption(cartId, shipping_options, options.shippingOptionId)
  ;({ cart } = await http(`POST /store/carts/${cartId}/shipping-methods`, () =>
    api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: option.id }, config)
  ))

  let paymentCollectionId = cart.payment_collection?.id
  if (!paymentCollectionId) {
    const { payment_collection } = await http(`POST /store/payment-collections`, () =>
      api.post(`/store/payment-collections`, { cart_id: cartId }, config)
    )
    paymentCollectionId = payment_collection.id as string
  }
  await http(`POST /store/payment-collections/${paymentCollectionId}/payment-sessions`, () =>
    api.post(
      `/store/payment-collections/${paymentCollectionId}/payment-sessions`,
      { provider_id: options.providerId ?? SYSTEM_PAYMENT_PROVIDER_ID },
      config
    )
  )
}

/** "Place order": `POST /store/carts/:id/complete`. */
export async function submitCheckoutViaStoreApi(
  api: HttpClient,
  cartId: string,
  headers: StoreHeaders | Record<string, string>
): Promise<CompleteCartResult> {
  return await http<CompleteCartResult>(`POST /store/carts/${cartId}/complete`, () =>
    api.post(`/store/carts/${cartId}/complete`, {}, { headers: headers as Record<string, string> })
  )
}

// ---------------------------------------------------------------------------
// Checkout through @medusajs/js-sdk
// ---------------------------------------------------------------------------

/**
 * A `@medusajs/js-sdk` client as a Node storefront configures it: JWT auth kept
 * in memory (`local`/`session` storage only exist in browsers), the publishable
 * key sent on every request. `sdk.auth.login("customer", "emailpass", {...})`
 * stores the token and later calls send it as `Authorization: Bearer`.
 *
 * In a `medusaIntegrationTestRunner` suite the base URL is `api.defaults.baseURL`
 * (read it inside a hook or test: the app starts in the runner's `beforeAll`).
 */
export function createSdk(baseUrl: string, publishableKey: string): Medusa {
  return new Medusa({
    baseUrl,
    publishableKey,
    auth: { type: "jwt", jwtTokenStorageMethod: "memory" },
  })
}

/** Runs an SDK call; a `FetchError` (which keeps only the message) gets the step and status. */
async function sdkStep<T>(label: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error: any) {
    if (error instanceof FetchError || error?.status) {
      throw new Error(`${label} failed: HTTP ${error.status} ${error.statusText ?? ""}: ${error.message}`)
    }
    throw new Error(`${label} failed: ${error?.message ?? error}`)
  }
}

/** Same flow as `completeCartViaStoreApi`, through the SDK methods a storefront uses. */
export async function completeCartViaSdk(
  sdk: Medusa,
  cartId: string,
  options: CompleteCartOptions = {}
): Promise<CompleteCartResult> {
  let { cart } = await sdkStep(`sdk.store.cart.retrieve(${cartId})`, () => sdk.store.cart.retrieve(cartId))
  const update = missingCheckoutData(cart, options)
  if (update) {
    ;({ cart } = await sdkStep(`sdk.store.cart.update(${cartId})`, () => sdk.store.cart.update(cartId, update)))
  }

  const { shipping_options } = await sdkStep(`sdk.store.fulfillment.listCartOptions(${cartId})`, () =>
    sdk.store.fulfillment.listCartOptions({ cart_id: cartId })
  )
  const option = pickShippingOption(cartId, shipping_options, options.shippingOptionId)
  ;({ cart } = await sdkStep(`sdk.store.cart.addShippingMethod(${cartId})`, () =>
    sdk.store.cart.addShippingMethod(cartId, { option_id: option.id })
  ))

  await sdkStep(`sdk.store.payment.initiatePaymentSession(${cartId})`, () =>
    sdk.store.payment.initiatePaymentSession(cart, { provider_id: options.providerId ?? SYSTEM_PAYMENT_PROVIDER_ID })
  )

  return (await sdkStep(`sdk.store.cart.complete(${cartId})`, () =>
    sdk.store.cart.complete(cartId)
  )) as CompleteCartResult
}
