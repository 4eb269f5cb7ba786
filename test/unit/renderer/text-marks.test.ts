import { describe, expect, it } from 'vitest'
import { foldCase, occurrences } from '../../../src/composables/useTextMarks'

describe('occurrences', () => {
  it('finds every occurrence of a one- or two-character word', () => {
    const text = '推进园区调规扩区，推进园区生产、生活、生态融合'
    expect(occurrences(text, '园区')).toEqual([
      [2, 4],
      [11, 13],
    ])
    expect(occurrences(text, '衡')).toEqual([])
    expect(occurrences('衡阳衡州', '衡')).toEqual([
      [0, 1],
      [2, 3],
    ])
  })

  it('ignores the case of Latin letters', () => {
    expect(occurrences('基础设施REITs试点，reits', 'Reits')).toEqual([
      [4, 9],
      [12, 17],
    ])
  })

  it('does not overlap matches, as a browser find does not', () => {
    expect(occurrences('aaaa', 'aa')).toEqual([
      [0, 2],
      [2, 4],
    ])
  })

  it('returns nothing for an empty needle', () => {
    expect(occurrences('园区', '')).toEqual([])
  })
})

describe('foldCase', () => {
  it('keeps the length, so offsets stay valid', () => {
    expect(foldCase('İstanbul REITs').length).toBe('İstanbul REITs'.length)
    expect(foldCase('REITs 园区')).toBe('reits 园区')
  })
})
