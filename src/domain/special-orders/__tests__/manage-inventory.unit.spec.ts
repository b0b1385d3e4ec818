import { decideManageInventory } from "../manage-inventory"

describe("decideManageInventory", () => {
  it.each([
    ["turns a managed variant off and remembers it", { current: true, previous: null, has_code: true }, { set_manage_inventory: false, previous: true }],
    ["leaves an unmanaged variant alone and remembers it", { current: false, previous: null, has_code: true }, { previous: false }],
    ["keeps the first remembered value when the code changes", { current: false, previous: true, has_code: true }, { previous: true }],
    ["turns it off again if someone turned it back on", { current: true, previous: true, has_code: true }, { set_manage_inventory: false, previous: true }],
    ["restores the remembered value when the code goes", { current: false, previous: true, has_code: false }, { set_manage_inventory: true, previous: null }],
    ["has nothing to restore when it was unmanaged", { current: false, previous: false, has_code: false }, { previous: null }],
    ["does nothing for a sourcing that never had a code", { current: true, previous: null, has_code: false }, { previous: null }],
  ])("should %s", (_, state, expected) => {
    expect(decideManageInventory(state)).toEqual(expected)
  })
})
