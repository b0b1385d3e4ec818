import type { MedusaContainer, UserDTO } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  generateJwtToken,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"

export type ActorType = "user" | "customer"

/**
 * Creates an emailpass auth identity the way `POST /auth/<actor>/emailpass/register`
 * does (scrypt-hashed password), so a real login works too, and points it at the actor.
 */
export async function createEmailpassIdentity(
  container: MedusaContainer,
  {
    email,
    password,
    appMetadata,
  }: { email: string; password: string; appMetadata?: Record<string, unknown> }
) {
  const authModule = container.resolve(Modules.AUTH)
  const { success, authIdentity, error } = await authModule.register("emailpass", {
    body: { email, password },
  })
  if (!success || !authIdentity) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Could not register emailpass identity (${email}): ${error}`
    )
  }
  if (!appMetadata) {
    return authIdentity
  }
  return await authModule.updateAuthIdentities({ id: authIdentity.id, app_metadata: appMetadata })
}

/** Signs a bearer token like Medusa's auth routes do, with the app's `http.jwtSecret`. */
export function signActorToken(
  container: MedusaContainer,
  {
    actorType,
    actorId,
    authIdentityId,
  }: { actorType: ActorType; actorId: string; authIdentityId: string }
): string {
  const { http } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  return generateJwtToken(
    {
      actor_id: actorId,
      actor_type: actorType,
      auth_identity_id: authIdentityId,
      app_metadata: { [`${actorType}_id`]: actorId },
      user_metadata: {},
    },
    { secret: http.jwtSecret!, expiresIn: "1d", jwtOptions: http.jwtOptions }
  )
}

export type AdminContext = {
  user: UserDTO
  headers: { authorization: string }
}

/**
 * Creates an admin user (User module) with an emailpass auth identity (Auth module)
 * and returns bearer headers for `/admin/*` routes.
 *
 * @example
 * const { headers } = await createAdminUser(getContainer())
 * await api.get("/admin/users/me", { headers })
 */
export async function createAdminUser(
  container: MedusaContainer,
  { email = "admin@medusa-test.local", password = "supersecret" }: { email?: string; password?: string } = {}
): Promise<AdminContext> {
  const userModule = container.resolve(Modules.USER)
  const user = await userModule.createUsers({ email, first_name: "Admin", last_name: "User" })
  const authIdentity = await createEmailpassIdentity(container, {
    email,
    password,
    appMetadata: { user_id: user.id },
  })
  const token = signActorToken(container, {
    actorType: "user",
    actorId: user.id,
    authIdentityId: authIdentity.id,
  })
  return { user, headers: { authorization: `Bearer ${token}` } }
}
