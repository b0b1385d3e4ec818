export interface ManageInventoryState {
  /** the variant's `manage_inventory` now */
  current: boolean
  /** what the sourcing remembered before the plugin turned it off (null: nothing remembered) */
  previous: boolean | null
  /** whether the sourcing has a default purchasing code after the change (any kind is special) */
  has_code: boolean
}

export interface ManageInventoryDecision {
  /** value to write on the variant, or undefined to leave it */
  set_manage_inventory?: boolean
  /** value to keep in `previous_manage_inventory` */
  previous: boolean | null
}

/**
 * Checkout must not reserve stock for special-order / drop-shipment variants:
 * while a variant's default purchasing code is set, its `manage_inventory` is
 * off and the value it had is remembered; when the code is cleared (or the
 * sourcing deleted, `has_code: false`) the remembered value comes back.
 */
export function decideManageInventory(state: ManageInventoryState): ManageInventoryDecision {
  if (state.has_code) {
    const previous = state.previous ?? state.current
    return state.current ? { set_manage_inventory: false, previous } : { previous }
  }
  if (state.previous === null) {
    return { previous: null }
  }
  return state.previous !== state.current
    ? { set_manage_inventory: state.previous, previous: null }
    : { previous: null }
}
