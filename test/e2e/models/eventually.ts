// How long `expect.poll` waits for the app to get somewhere (vitest's default
// of one second is shorter than a smooth scroll plus a debounced save).
export const eventually = { timeout: 15_000, interval: 100 }
