// Golden: an excerpt of the seed with saved selectors, and a hand-made
// revision of it with the saved resolution of each (golden-seed.json; its
// `revision` says what changed). Anchor, describe again, compare.
import { describe, it, expect } from 'vitest'
import golden from './golden-seed.json'
import { describeRange, type RangeAnchor } from '../../../../electron/core/anchoring/selectors'
import { resolveAnchors, type Resolution } from '../../../../electron/core/anchoring/resolve-anchor'

const anchors = golden.anchors as RangeAnchor[]
const expected = golden.expected as Resolution[]

describe('golden: the seed excerpt and its revision', () => {
  it('resolves the saved selectors on the excerpt exactly, and describes them back unchanged', () => {
    resolveAnchors(golden.excerpt, anchors).forEach((resolved, i) => {
      expect(resolved.state).toBe('exact')
      if (resolved.state === 'orphaned') return
      expect(describeRange(golden.excerpt[resolved.paragraph], resolved.paragraph, resolved.start, resolved.end)).toEqual(anchors[i])
    })
  })

  it('resolves the saved selectors on the revision as saved', () => {
    expect(resolveAnchors(golden.revised, anchors)).toEqual(expected)
  })

  it('describes each placed range again so that it resolves exactly on the revision', () => {
    const placed = expected.filter((r) => r.state !== 'orphaned')
    const again = placed.map((r) => describeRange(golden.revised[r.paragraph], r.paragraph, r.start, r.end))
    expect(resolveAnchors(golden.revised, again)).toEqual(placed.map((r) => ({ ...r, state: 'exact' })))
  })
})
