import { describe, expect, it } from 'vitest'
import { cite, citeSource } from '../../../electron/core/citation'

const place = { reportTitle: '今后怎么干？ 六个地方要给力', part: 1, partTitle: '强创新', paragraph: 1 }

describe('cite', () => {
  it('gives the exact form the issue names', () => {
    expect(cite('强化科技创新，建设产业转型升级示范区。', place)).toBe(
      '“强化科技创新，建设产业转型升级示范区。”（《今后怎么干？ 六个地方要给力》，第1部分“强创新”，第1段）',
    )
  })

  it('joins a quotation across paragraphs and names the paragraph span', () => {
    expect(cite('打造\n“三江六岸”', { ...place, part: 5, partTitle: '全面提升公共服务供给水平', paragraph: 4, lastParagraph: 5 })).toBe(
      '“打造“三江六岸””（《今后怎么干？ 六个地方要给力》，第5部分“全面提升公共服务供给水平”，第4—5段）',
    )
  })
})

describe('citeSource', () => {
  it('leaves out the part for what stands before the first part', () => {
    expect(citeSource({ ...place, part: 0, partTitle: '', paragraph: 2 })).toBe('（《今后怎么干？ 六个地方要给力》，第2段）')
  })
})
