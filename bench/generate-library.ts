// A library of distinct reports for the search bench, generated from the seed
// by a seeded PRNG: the seed's parts reordered, each paragraph's sentences
// shuffled, and place names and key words swapped from fixed lists. Every
// report differs (so the content-hash dedup keeps all of them), the heading
// scheme stays the seed's, and the same seed number gives the same library.
import { seededRandom } from './seeded-random'

/** Words of the seed and what each may become: a report keeps one choice per
 * word throughout, as a real report about another city would. */
const substitutions: [string, string[]][] = [
  ['衡阳', ['衡阳', '株洲', '湘潭', '岳阳', '常德', '郴州', '永州', '邵阳', '益阳', '娄底', '怀化', '张家界']],
  ['南岳', ['南岳', '韶山', '凤凰', '岳麓', '桃源', '崀山']],
  ['湘江', ['湘江', '资江', '沅江', '澧水', '耒水', '洣水']],
  ['园区', ['园区', '园区', '片区', '新区', '基地']],
  ['示范区', ['示范区', '先行区', '试验区', '引领区']],
  ['数字经济', ['数字经济', '低空经济', '海洋经济', '银发经济', '平台经济']],
  ['新能源汽车', ['新能源汽车', '工程机械', '轨道交通', '航空航天', '生物医药']],
  ['大湾区', ['大湾区', '长三角', '成渝', '京津冀', '北部湾']],
  ['中欧', ['中欧', '中亚', '西部陆海', '东盟']],
  ['陶瓷', ['陶瓷', '烟花', '湘绣', '茶叶', '竹木']],
]

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]

function shuffle<T>(random: () => number, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[items[i], items[j]] = [items[j], items[i]]
  }
  return items
}

/** A paragraph with its lead sentence kept first and the rest shuffled. */
function shuffleSentences(random: () => number, paragraph: string): string {
  const sentences = paragraph.match(/[^。；]+[。；]?/g) ?? [paragraph]
  if (sentences.length < 3) return paragraph
  return [sentences[0], ...shuffle(random, sentences.slice(1))].join('')
}

interface SeedPart {
  title: string
  paragraphs: string[]
}

function seedParts(seed: string): SeedPart[] {
  const parts: SeedPart[] = []
  for (const line of seed.split('\n').map((l) => l.trim())) {
    if (!line) continue
    const heading = /^\d (\S.*)$/.exec(line)
    if (heading) parts.push({ title: heading[1], paragraphs: [] })
    else if (parts.length) parts[parts.length - 1].paragraphs.push(line)
  }
  return parts
}

/** Report `index` of a library: about `bytes` UTF-8 bytes, headed `1 …`, `2 …`. */
export function libraryReport(seed: string, index: number, bytes: number): string {
  const random = seededRandom(0x5eed + index * 7919)
  const swaps = substitutions.map(([word, choices]) => [word, pick(random, choices)] as const)
  const swap = (text: string) => swaps.reduce((t, [word, to]) => t.replaceAll(word, to), text)
  const parts = seedParts(seed)
  const city = swaps[0][1]
  const out = [`${city}第${index + 1}号工作报告解读`, `——${city}市党代会工作报告解读之第${index + 1}篇`, `■本报记者 编号${index + 1}`]
  let size = Buffer.byteLength(out.join('\n'))
  let number = 0
  while (size < bytes) {
    for (const part of shuffle(random, [...parts])) {
      const lines = [`${++number} ${swap(part.title)}`, ...part.paragraphs.map((p) => swap(shuffleSentences(random, p)))]
      out.push('', ...lines.flatMap((l) => [l, '']))
      size += Buffer.byteLength(lines.join('\n\n')) + 2
      if (size >= bytes) break
    }
  }
  return out.join('\n')
}

/** The library: `count` reports of about `bytes` each. */
export function* generateLibrary(seed: string, count: number, bytes: number): Generator<string> {
  for (let i = 0; i < count; i++) yield libraryReport(seed, i, bytes)
}

