// The index math of reordering a brief's blocks (src/composables/useBlockReorder.ts),
// checked against a simpler oracle: insert the block at the gap in the list
// and read where it ended up.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dropIndex, moveItem, placementAt, stepIndex, type DropPlacement } from '../../../src/composables/useBlockReorder'

/** Where item `from` lands when dropped before/after `over`, by moving it in an
 * actual list of labels. */
function oracle(from: number, over: number, placement: DropPlacement, length: number): number {
  const items = Array.from({ length }, (_, i) => i)
  const target = items[over]
  const rest = items.filter((i) => i !== from)
  if (from === over) return from
  const at = rest.indexOf(target) + (placement === 'after' ? 1 : 0)
  rest.splice(at, 0, from)
  return rest.indexOf(from)
}

describe('dropIndex', () => {
  it('moves a block down when dropped after a later one', () => {
    expect(dropIndex(0, 2, 'after', 4)).toBe(2)
  })

  it('counts the gap the dragged block leaves when dropped before a later one', () => {
    expect(dropIndex(0, 2, 'before', 4)).toBe(1)
  })

  it('moves a block up when dropped before an earlier one', () => {
    expect(dropIndex(3, 1, 'before', 4)).toBe(1)
    expect(dropIndex(3, 1, 'after', 4)).toBe(2)
  })

  it('returns null when the drop leaves the block in place', () => {
    expect(dropIndex(2, 2, 'before', 4)).toBeNull()
    expect(dropIndex(2, 2, 'after', 4)).toBeNull()
    expect(dropIndex(2, 1, 'after', 4)).toBeNull()
    expect(dropIndex(2, 3, 'before', 4)).toBeNull()
  })

  it('returns null for an index outside the list', () => {
    expect(dropIndex(-1, 0, 'before', 3)).toBeNull()
    expect(dropIndex(0, 3, 'before', 3)).toBeNull()
    expect(dropIndex(0, 0, 'before', 0)).toBeNull()
  })

  it('agrees with moving the block in a real list', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }).chain((length) =>
          fc.tuple(fc.constant(length), fc.nat(length - 1), fc.nat(length - 1), fc.constantFrom<DropPlacement>('before', 'after')),
        ),
        ([length, from, over, placement]) => {
          const expected = oracle(from, over, placement, length)
          expect(dropIndex(from, over, placement, length)).toBe(expected === from ? null : expected)
        },
      ),
    )
  })

  it('gives an index that moveItem puts the block at, next to its target', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 30 }).chain((length) =>
          fc.tuple(fc.constant(length), fc.nat(length - 1), fc.nat(length - 1), fc.constantFrom<DropPlacement>('before', 'after')),
        ),
        ([length, from, over, placement]) => {
          fc.pre(from !== over)
          const items = Array.from({ length }, (_, i) => i)
          const to = dropIndex(from, over, placement, length)
          const moved = to === null ? items : moveItem(items, from, to)
          const neighbour = moved[moved.indexOf(from) + (placement === 'before' ? 1 : -1)]
          expect(neighbour).toBe(over)
        },
      ),
    )
  })
})

describe('stepIndex', () => {
  it('moves one place up or down', () => {
    expect(stepIndex(2, -1, 5)).toBe(1)
    expect(stepIndex(2, 1, 5)).toBe(3)
  })

  it('returns null at the top and the bottom', () => {
    expect(stepIndex(0, -1, 5)).toBeNull()
    expect(stepIndex(4, 1, 5)).toBeNull()
  })

  it('returns null for an index outside the list', () => {
    expect(stepIndex(7, -1, 5)).toBeNull()
  })
})

describe('moveItem', () => {
  it('returns a new array with the item moved', () => {
    const letters = ['a', 'b', 'c', 'd']
    expect(moveItem(letters, 0, 2)).toEqual(['b', 'c', 'a', 'd'])
    expect(moveItem(letters, 3, 0)).toEqual(['d', 'a', 'b', 'c'])
    expect(letters).toEqual(['a', 'b', 'c', 'd'])
  })

  it('clamps the target index', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 99)).toEqual(['b', 'c', 'a'])
    expect(moveItem(['a', 'b', 'c'], 2, -4)).toEqual(['c', 'a', 'b'])
  })

  it('keeps every item exactly once', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { minLength: 1, maxLength: 40 }), fc.nat(), fc.nat(), (items, a, b) => {
        const from = a % items.length
        const moved = moveItem(items, from, b % items.length)
        expect([...moved].sort()).toEqual([...items].sort())
      }),
    )
  })
})

describe('placementAt', () => {
  it('is before above the middle of the box and after below it', () => {
    expect(placementAt(10, { top: 0, height: 40 })).toBe('before')
    expect(placementAt(30, { top: 0, height: 40 })).toBe('after')
  })
})
