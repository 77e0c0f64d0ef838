import type { DemoMessages } from './en.ts';

export const tr: DemoMessages = {
  lang: 'tr',

  settings: 'Demo ayarları',
  languageLabel: 'Dil',
  themeLabel: 'Tema',
  themes: { system: 'Sisteme göre', light: 'Açık', dark: 'Koyu' },
  openInLabel: 'Formu şurada aç',
  openIn: { 'same-tab': 'Bu sekme', 'new-tab': 'Yeni bir sekme' },
  updatesLabel: 'Durum güncellemeleri',
  updates: { push: 'Push (Server-Sent Events)', polling: 'Yalnızca sorgulama' },
  scenarioLabel: 'finAPI senaryosu',
  scenarios: {
    normal: {
      label: 'finAPI sorunsuz',
      description: 'Geri aramalar hemen gelir; formlar 20 dakika geçerlidir.',
    },
    'callback-delayed': {
      label: 'Geri arama gecikmeli',
      description:
        'finAPI 8 saniye geç geri arar; backend’in kendi kontrolleri daha önce davranabilir.',
    },
    'callback-dropped': {
      label: 'Geri arama kayıp',
      description: 'Hiç geri arama gelmez; sonucu backend’in kendi kontrolleri bulmalıdır.',
    },
    'slow-proxy': { label: 'Yavaş finAPI', description: 'finAPI’nin her yanıtı 1,5 saniye sürer.' },
    'short-expiry': {
      label: 'Kısa geçerlilik',
      description: 'Yeni formlar, süresi dolan ekranını göstermek için 30 saniye sonra sona erer.',
    },
  },
  scenarioRefused: 'Simülatör senaryoyu reddetti ({status}).',
  taskLabel: 'Arka planda güncelleme',
  taskModes: {
    'web-form-required': 'Banka müşteriyi istiyor',
    complete: 'Arka planda tamamlanır',
    fail: 'Arka planda başarısız olur',
  },
  panelsLabel: 'Rehberi ve olay günlüğünü göster',

  startHeading: 'Ne yapmak istersiniz?',
  startLead:
    'Her akış sizi finAPI’de barındırılan bir banka veya ödeme formuna götürür ve buraya geri getirir. Bu demoda bankayı bir finAPI simülatörü oynar: adımlarını izleyin ya da her sonucu görmek için formu demo kontrolleriyle (“Complete”, “Complete with error”, “Abort”) hemen sonlandırın.',
  flows: {
    'bank-connection-import': {
      title: 'Banka hesabı bağla',
      summary: 'Müşteri finAPI formunda bankasına giriş yapar; uygulama bir banka bağlantısı alır.',
    },
    'bank-connection-update': {
      title: 'Banka bağlantısını güncelle',
      summary:
        'Müşteriye yalnızca banka giriş veya SCA istediğinde ihtiyaç duyan, arka planda bir güncelleme.',
    },
    'standalone-payment': {
      title: 'Havale ile öde',
      summary: 'Müşterinin bankasında onayladığı tek seferlik bir SEPA havalesi: kartsız ödeme.',
    },
    'standing-order': {
      title: 'Düzenli ödeme talimatı oluştur',
      summary: 'Müşterinin hesabından aylık bir havale, bir kez onaylanır.',
    },
    'direct-debit-with-account-id': {
      title: 'Otomatik ödeme tahsil et',
      summary:
        'Satıcı, talimata dayanarak bir ödeyenden tahsilat yapar; satıcının bankasında onaylanır.',
    },
    'payment-with-account-id': {
      title: 'Bağlı bir hesaptan öde',
      summary: 'Müşterinin daha önce bağladığı bir hesaptan havale.',
    },
    'bank-connection-update-form': {
      title: 'Banka bağlantısını güncelle (web formu)',
      summary: 'Müşterinin her zaman geçtiği bir web formu olarak güncelleme.',
    },
  },

  loading: 'Yükleniyor…',
  pageLoadErrorHeading: 'Bu sayfa yüklenemedi',
  pageLoadErrorLead: 'Bağlantınızı kontrol edip yeniden deneyin. Hiçbir şey kaybolmadı.',
  pageLoadErrorRetry: 'Yeniden dene',
  notFoundHeading: 'Sayfa bulunamadı',
  backToStart: 'Başlangıç sayfasına dön',
  supportHeading: 'Müşteri hizmetleri',
  supportLead:
    'Bankanızla veya ödemenizle ilgili bir sorun mu oldu? Pazartesiden cumaya 8:00–20:00 arasında size yardımcı oluyoruz.',
  supportPhone: 'Telefon',
  supportEmail: 'E-posta',
  supportCode: 'Size bir hata kodu gösterildiyse lütfen elinizin altında bulundurun.',
  refusedHeading: 'Bu bağlantı kullanılamaz',
  refusedStale:
    'Zaten sona ermiş veya çok eski bir banka ziyaretine ait. Hiçbir şey değiştirilmedi.',
  refusedInvalid:
    'Bu tarayıcıda başlatılmış hiçbir banka ziyaretiyle eşleşmiyor, bu yüzden bir sonuç gösteremiyoruz. Hiçbir şey değiştirilmedi.',

  ordersHeading: 'Siparişleriniz',
  ordersEmpty: 'Henüz sipariş yok: yukarıdan bir şey ödeyin, sonucuyla birlikte burada görünür.',
  ordersUnavailable: 'Siparişler yüklenemedi; birazdan yeniden denenecek.',
  orderColumns: { order: 'Sipariş', flow: 'Ne', amount: 'Tutar', status: 'Durum' },
  orderStatus: {
    open: 'Açık',
    completed: 'Gönderildi',
    'completed-with-error': 'Başarısız',
    aborted: 'İptal edildi',
    expired: 'Süresi doldu',
  },

  asideLabel: 'Nasıl çalışır',
  walkthroughHeading: 'Rehber',
  walkthroughIdle: 'Bir akış başlatın: her adım gerçekleştiğinde yanar.',
  customer: 'Müşteri',
  backend: 'Perde arkasında',
  steps: {
    create: {
      title: 'Uygulama güvenli bir form oluşturur',
      customer: 'Ne yapacağını seçer. Uygulama banka kısmının finAPI’de gerçekleştiğini açıklar.',
      backend:
        'Backend, bu müşterinin finAPI kullanıcısı olarak finAPI’den bir web formu ister ve bir geri arama kaydeder. finAPI, 20 dakika geçerli tek kullanımlık bir bağlantıyla yanıt verir.',
    },
    send: {
      title: 'Bankaya',
      customer: 'Bu sekmede veya yeni bir sekmede finAPI formuna gider.',
      backend:
        'Uygulama, bağlantıya dönüş yollarını (başarı, hata, iptal, destek) ekler; her biri bu ziyarete bağlıdır.',
    },
    bank: {
      title: 'Bankada',
      customer: 'Bankayı seçer, giriş yapar ve bir TAN ile onaylar (burada: simülatör).',
      backend:
        'finAPI “devam ediyor” bildirir. Uygulama durumu backend’i üzerinden izler: canlı gönderilir, güvenlik ağı olarak yavaş kontroller vardır.',
    },
    end: {
      title: 'finAPI sonu bildirir',
      customer:
        'Başarıda hemen geri gönderilir; hata veya iptalden sonra bir dönüş bağlantısı sunulur.',
      backend:
        'finAPI backend’i geri arar. Backend sonucu finAPI’den okur ve uygulamaya gönderir; geri arama kaybolursa kendi kontrolleri bulur.',
    },
    back: {
      title: 'Uygulamaya dönüş',
      customer: 'Uygulamanın dönüş sayfasına gelir; sayfa kısa bir süre kontrol eder.',
      backend:
        'Uygulama dönüşün bu ziyarete ait olduğunu kontrol eder ve backend’ine sorar: adres sonucu yalnızca ima eder, karar backend’indir.',
    },
    outcome: {
      title: 'Sonuç',
      customer: 'Ne olduğunu ve bir sonraki adımı sade bir dille görür.',
      backend:
        'Sonuç (bir banka bağlantısı, bir ödeme veya bir hata kodu) finAPI’den gelir, asla adres çubuğundan değil.',
    },
  },

  logHeading: 'Olay günlüğü',
  clear: 'Temizle',
  logEmpty: 'Uygulamanın ve backend’inin ne yaptığını adım adım görmek için bir akış başlatın.',
  sources: { app: 'Uygulama', proxy: 'Backend' },
  sinceStart: '+{seconds} sn',
  events: {
    createdWebForm: 'Uygulama formu backend’ine oluşturttu',
    createdTask: 'Uygulama güncellemeyi backend’ine başlattı',
    openedSameTab: 'Müşteri bu sekmede bankanın formuna gitti',
    openedNewTab: 'Müşteri yeni bir sekmede bankanın formuna gitti',
    popupBlocked: 'Tarayıcı yeni sekmeyi engelledi; uygulama bir bağlantı sunuyor',
    webFormStatus: {
      NOT_YET_OPENED: 'Form müşteri için hazır',
      IN_PROGRESS: 'Müşteri bankada',
      COMPLETED: 'finAPI bildiriyor: tamam',
      COMPLETED_WITH_ERROR: 'finAPI bildiriyor: bir hatayla sona erdi',
      EXPIRED: 'finAPI bildiriyor: formun süresi doldu',
      ABORTED: 'finAPI bildiriyor: müşteri iptal etti',
    },
    taskStatus: {
      NOT_YET_STARTED: 'Güncelleme finAPI’de bekliyor',
      IN_PROGRESS: 'finAPI banka bağlantısını güncelliyor',
      WEB_FORM_REQUIRED: 'Bankanın müşteriye ihtiyacı var: finAPI bir form oluşturdu',
      COMPLETED: 'finAPI bildiriyor: güncelleme tamam',
      COMPLETED_WITH_ERROR: 'finAPI bildiriyor: güncelleme başarısız',
    },
    returned: 'Müşteri uygulamaya döndü (adres “{via}” diyor, yalnızca bir ipucu)',
    outcome: 'Backend sonucu onayladı: {outcome}',
    outcomes: {
      completed: 'tamam',
      'completed-with-error': 'bir hata',
      expired: 'süresi doldu',
      aborted: 'iptal edildi',
    },
    cancelled: 'Müşteri uygulamada iptal etti; form silindi',
    pushConnected: 'Canlı güncellemeler bağlandı',
    pushFailed: 'Canlı güncellemeler başarısız; uygulama birkaç saniyede bir kontrol ediyor',
    error: 'Bir sorun oluştu ({kind})',
    finapiCreate: 'Backend finAPI’den bir form istedi',
    finapiCreateTask: 'Backend finAPI’den banka bağlantısını güncellemesini istedi',
    finapiRead: 'Backend durumu finAPI’den okudu',
    finapiDelete: 'Backend formu finAPI’de sildi',
    finapiOther: 'Backend finAPI’yi çağırdı',
    callbackAccepted: 'finAPI backend’i geri aradı',
    callbackRefused: 'Backend bir geri aramayı reddetti ({reason})',
    pollError: 'Backend’in durum kontrolü başarısız oldu ({code})',
    outcomeRecorded: 'Mağazanın arka ucu siparişin sonucunu kaydetti',
    /** `{seconds}` */
    outcomeRetry: 'Sonuç kaydedilemedi; {seconds} sn sonra yeniden denenecek',
    outcomeNotRecorded: 'Sonuç son kez de kaydedilemedi',
    proxyError: 'Backend bir hata bildirdi',
  },
};
