import { createThrottledProgress, describeProgress } from "../progress"

describe("createThrottledProgress", () => {
  const setup = (intervalMs = 1000) => {
    let clock = 0
    const emitted: string[] = []
    const progress = createThrottledProgress((m) => emitted.push(m), { intervalMs, now: () => clock })
    return { progress, emitted, advance: (ms: number) => (clock += ms) }
  }

  it("should let one tick through per interval and drop the ones in between", () => {
    const { progress, emitted, advance } = setup(1000)
    for (let i = 0; i < 25; i++) {
      progress.tick(() => `tick ${i}`)
      advance(100)
    }
    // at t = 0, 1000 and 2000
    expect(emitted).toEqual(["tick 0", "tick 10", "tick 20"])
  })

  it("should always emit forced ticks and phase messages, and count the interval from them", () => {
    const { progress, emitted, advance } = setup(1000)
    progress.always("phase")
    advance(500)
    progress.tick(() => "too soon")
    progress.tick(() => "last", true)
    advance(900)
    progress.tick(() => "still too soon")
    advance(100)
    progress.tick(() => "due")
    expect(emitted).toEqual(["phase", "last", "due"])
  })

  it("should not repeat a forced message identical to the last one shown", () => {
    const { progress, emitted, advance } = setup(1000)
    progress.tick(() => "100%")
    advance(10)
    progress.tick(() => "100%", true)
    progress.tick(() => "done", true)
    expect(emitted).toEqual(["100%", "done"])
  })

  it("should not build messages nobody reads", () => {
    const quiet = createThrottledProgress(undefined)
    const build = jest.fn(() => "x")
    quiet.tick(build, true)
    quiet.always("y")
    expect(build).not.toHaveBeenCalled()
  })
})

describe("describeProgress", () => {
  it.each([
    [0, 40000, 0, "0/40,000 (0%), 0.0 s"],
    [10000, 40000, 2000, "10,000/40,000 (25%), 2.0 s, ~6.0 s left"],
    [39999, 40000, 4000, "39,999/40,000 (99%), 4.0 s, ~0.0 s left"],
    [40000, 40000, 8000, "40,000/40,000 (100%), 8.0 s"],
    [0, 0, 10, "0/0 (100%), 0.0 s"],
  ])("should describe %d of %d after %d ms", (done, total, elapsed, expected) => {
    expect(describeProgress(done, total, elapsed)).toEqual(expected)
  })
})
