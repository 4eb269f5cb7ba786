// Start-up: preferences first (theme, language, reading size applied before
// the first paint), then the router and the app.
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { i18n } from './i18n'
import { router } from './router'
import { useAppStore } from './stores/app'
import { usePreferencesStore } from './stores/preferences'
import './styles/theme.css'
import './styles/base.css'
import './styles/marks.css'

const app = createApp(App)
app.use(createPinia())
app.use(i18n)

const appStore = useAppStore()
appStore.setReady(false)
app.config.errorHandler = (error) => appStore.report(error)
window.addEventListener('unhandledrejection', (event) => appStore.report(event.reason))

async function start(): Promise<void> {
  await usePreferencesStore().load()
  app.use(router)
  app.mount('#app')
}

void start()
