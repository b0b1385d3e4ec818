import { Module } from "@medusajs/framework/utils"
import SpecialOrderModuleService from "./service"

export const SPECIAL_ORDER_MODULE = "specialOrder"

export default Module(SPECIAL_ORDER_MODULE, {
  service: SpecialOrderModuleService,
})
