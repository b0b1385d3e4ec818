// Each test file loads the models anew; MikroORM's global metadata must not keep the previous file's.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()
