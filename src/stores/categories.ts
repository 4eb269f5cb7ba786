// Highlight categories: the four built in (重点 金句 数据 疑问) and the user's
// own, in order; the position gives the digit (1–9) that picks one right
// after a selection. Managed in the preferences drawer.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Category } from '@api'
import { api } from '../api/client'
import { useAppStore } from './app'

/** Colours offered for a new category, first unused first: distinct from the
 * built-ins and from each other, and each passes the wash contrast check. */
export const suggestedColors = ['#8e6cc8', '#d9730d', '#2a9d8f', '#c2549d', '#7a8c3a', '#5b7fa6', '#b5651d', '#6d6875']

export const useCategoriesStore = defineStore('categories', () => {
  const list = ref<Category[]>([])
  const loaded = ref(false)
  let loading: Promise<void> | null = null

  const byId = computed(() => new Map(list.value.map((c) => [c.id, c])))

  /** Fetches the categories (once; `force` to refetch). Errors are reported. */
  function load(force = false): Promise<void> {
    if (loaded.value && !force) return Promise.resolve()
    loading ??= api
      .listCategories({})
      .then((categories) => {
        list.value = categories
        loaded.value = true
      })
      .catch((error: unknown) => useAppStore().report(error))
      .finally(() => (loading = null))
    return loading
  }

  /** The category whose shortcut is `digit`, if any. */
  function byShortcut(digit: number): Category | undefined {
    return list.value.find((c) => c.shortcut === digit)
  }

  /** The first colour of the suggestions not yet in use. */
  function nextColor(): string {
    const used = new Set(list.value.map((c) => c.color.toLowerCase()))
    return suggestedColors.find((c) => !used.has(c)) ?? suggestedColors[list.value.length % suggestedColors.length]
  }

  /** Adds a category of the user's own at the end. Throws ApiError (category-exists…). */
  async function create(name: string, color: string): Promise<Category> {
    const category = await api.createCategory({ name, color })
    await load(true)
    return category
  }

  /** Renames or recolours a category. Throws ApiError (category-exists…). */
  async function update(id: number, changes: { name?: string; color?: string }): Promise<Category> {
    const category = await api.updateCategory({ id, ...changes })
    list.value = list.value.map((c) => (c.id === id ? category : c))
    return category
  }

  /** Retires a category of the user's own (its highlights keep it); the
   * digits of the ones after it move up. Throws ApiError (category-builtin…). */
  async function remove(id: number): Promise<void> {
    await api.deleteCategory({ id })
    await load(true)
  }

  return { list, loaded, byId, load, byShortcut, nextColor, create, update, remove }
})
