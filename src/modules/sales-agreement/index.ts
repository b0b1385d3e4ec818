import { Module } from "@medusajs/framework/utils"
import SalesAgreementModuleService from "./service"

export const SALES_AGREEMENT_MODULE = "salesAgreement"

export default Module(SALES_AGREEMENT_MODULE, {
  service: SalesAgreementModuleService,
})
