import { evaluateDefaultPolicy } from "../evaluate-policy"
import { policyFacts } from "./fixtures"
it("speed", async () => {
  const f = policyFacts()
  for (let i = 0; i < 2000; i++) await evaluateDefaultPolicy(f)
  const t = Date.now()
  for (let i = 0; i < 6000; i++) await evaluateDefaultPolicy(f)
  console.log("6000 evals ms", Date.now() - t)
  const t2 = Date.now()
  const facts = Array.from({length: 6000}, () => policyFacts())
  console.log("6000 facts ms", Date.now() - t2)
})
