import type {
  CustomerDTO,
  MedusaContainer,
  RegionDTO,
  SalesChannelDTO,
} from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createCustomerAccountWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { createEmailpassIdentity, signActorToken } from "./admin"

const DEFAULT_COUNTRIES: Record<string, string[]> = {
  eur: ["de", "fr", "nl"],
  usd: ["us"],
}

export type StoreHeaders = {
  "x-publishable-api-key": string
  authorization?: string
}

export type StoreContext = {
  publishableKey: string
  salesChannel: SalesChannelDTO
  region: RegionDTO
  /** Headers for `/store/*` routes, with a bearer token when one is given. */
  storeHeaders: (token?: string) => StoreHeaders
}

/** Adds currencies to the store's supported currencies (the default store only has eur). */
export async function ensureStoreCurrencies(container: MedusaContainer, currencyCodes: string[]) {
  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores({}, { relations: ["supported_currencies"] })
  const current = store.supported_currencies ?? []
  const missing = currencyCodes.filter(
    (code) => !current.some((currency) => currency.currency_code === code)
  )
  if (!missing.length) {
    return
  }
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        supported_currencies: [
          ...current.map(({ currency_code, is_default }) => ({ currency_code, is_default })),
          ...missing.map((currency_code) => ({ currency_code, is_default: !current.length && currency_code === currencyCodes[0] })),
        ],
      },
    },
  })
}

/**
 * Creates what a storefront needs: a sales channel, a publishable API key linked
 * to it and a region (system payment provider) in `currency`.
 *
 * @example
 * const store = await createStoreContext(getContainer(), { currency: "usd" })
 * await api.get("/store/products", { headers: store.storeHeaders() })
 */
export async function createStoreContext(
  container: MedusaContainer,
  {
    currency = "eur",
    countries = DEFAULT_COUNTRIES[currency] ?? [],
    name = "Test",
  }: { currency?: string; countries?: string[]; name?: string } = {}
): Promise<StoreContext> {
  await ensureStoreCurrencies(container, [currency])

  const {
    result: [salesChannel],
  } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: `${name} sales channel` }] },
  })

  const {
    result: [apiKey],
  } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: `${name} storefront`, type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: apiKey.id, add: [salesChannel.id] },
  })

  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: `${name} ${currency.toUpperCase()}`,
          currency_code: currency,
          countries,
          payment_providers: ["pp_system_default"],
        },
      ],
    },
  })

  const publishableKey = apiKey.token
  return {
    publishableKey,
    salesChannel,
    region,
    storeHeaders: (token?: string) => ({
      "x-publishable-api-key": publishableKey,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    }),
  }
}

export type CustomerContext = {
  customer: CustomerDTO
  token: string
  headers: { authorization: string }
}

/**
 * Creates a registered customer with an emailpass identity (so `POST
 * /auth/customer/emailpass` works with `password`) and a signed customer token.
 */
export async function createCustomer(
  container: MedusaContainer,
  {
    email,
    password = "supersecret",
    first_name = "Test",
    last_name = "Customer",
  }: { email: string; password?: string; first_name?: string; last_name?: string }
): Promise<CustomerContext> {
  const authIdentity = await createEmailpassIdentity(container, { email, password })
  // The same workflow as POST /store/customers: it sets app_metadata.customer_id.
  const { result: customer } = await createCustomerAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity.id, customerData: { email, first_name, last_name } },
  })
  const token = signActorToken(container, {
    actorType: "customer",
    actorId: customer.id,
    authIdentityId: authIdentity.id,
  })
  return { customer, token, headers: { authorization: `Bearer ${token}` } }
}
