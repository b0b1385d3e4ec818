import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { diffSnapshots } from "../../../../../../domain/versions/diff-snapshots"
import { formatVersion, retrieveVersion } from "../helpers"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const version = await retrieveVersion(req.scope, req.params.id, req.params.version)
  const compareTo = (req.validatedQuery as { compare_to?: number }).compare_to
  if (compareTo === undefined) {
    return res.json({ version: formatVersion(version) })
  }
  const other = await retrieveVersion(req.scope, req.params.id, compareTo)
  res.json({
    version: formatVersion(version),
    diff: diffSnapshots(other.snapshot as any, version.snapshot as any),
  })
}
