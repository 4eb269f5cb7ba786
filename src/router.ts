// Routes, in hash history (Electron loads the page from file://). `/` decides
// where to start: the last report read, else the first report, else the library.
import { createRouter, createWebHashHistory } from 'vue-router'
import { useAppStore } from './stores/app'
import { useLibraryStore } from './stores/library'
import { useReaderStore } from './stores/reader'

export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    {
      path: '/',
      name: 'start',
      component: { render: () => null },
      beforeEnter: async () => {
        try {
          const [position, reports] = await Promise.all([useReaderStore().loadPosition(), useLibraryStore().load()])
          const last = position && reports.find((r) => r.id === position.reportId)
          const reportId = last?.id ?? reports[0]?.id
          return reportId ? { name: 'reader', params: { reportId }, replace: true } : { name: 'library', replace: true }
        } catch (error) {
          useAppStore().report(error)
          return { name: 'library', replace: true }
        }
      },
    },
    { path: '/library', name: 'library', component: () => import('./views/LibraryView.vue') },
    { path: '/reader/:reportId(\\d+)', name: 'reader', component: () => import('./views/ReaderView.vue') },
    { path: '/briefs', name: 'briefs', component: () => import('./views/BriefsView.vue') },
    { path: '/briefs/:briefId(\\d+)', name: 'brief', component: () => import('./views/BriefView.vue') },
    { path: '/:unknown(.*)*', redirect: '/' },
  ],
})

router.beforeEach((to, from) => {
  // Not ready until the view has rendered what it was asked for.
  if (to.fullPath !== from.fullPath) useAppStore().setReady(false)
})

router.onError((error) => useAppStore().report(error))
