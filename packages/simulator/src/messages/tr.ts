import type { HostedPageMessages } from './HostedPageMessages.ts';

export const tr: HostedPageMessages = {
  lang: 'tr',
  languageName: 'Türkçe',

  secureConnection: 'Güvenli bağlantı',
  footer: 'finAPI Web Form 2.0 simülatörü, webform-kit’in bir parçası. Gerçek bir banka yer almaz.',
  languageLabel: 'Dil',
  languageSubmit: 'Değiştir',

  progressLabel: 'İlerleme',
  stepOf: 'Adım {step} / {total}',
  stepNames: { bank: 'Banka', login: 'Giriş', review: 'Kontrol', tan: 'Onay' },
  purpose: {
    connect:
      'Uygulamanın hesaplarınızı ve işlemlerinizi gösterebilmesi için banka hesabınızı bağlayın.',
    update: 'Uygulamanın banka hesabınıza erişimini yenileyin.',
    payment: 'Banka hesabınızdan bir havaleyi onaylayın.',
    standingOrder: 'Banka hesabınızdan düzenli ödeme talimatı oluşturun.',
    directDebit: 'Banka hesabınıza otomatik ödeme tahsilatını onaylayın.',
  },

  bankHeading: 'Bankanızı seçin',
  bankLegend: 'Bankanız',
  bankDetails: 'BIC {bic} · banka kodu {blz}',

  loginHeading: '{bank} hesabınıza giriş yapın',
  userIdLabel: 'İnternet bankacılığı kullanıcı kodu',
  pinLabel: 'PIN',
  loginHint: 'Bu banka simüle edilmiştir: her giriş çalışır ve hiçbir bankaya bir şey gönderilmez.',

  reviewHeading: {
    payment: 'Ödemenizi kontrol edin',
    standingOrder: 'Düzenli ödeme talimatınızı kontrol edin',
    directDebit: 'Otomatik ödeme tahsilatınızı kontrol edin',
  },

  tanHeading: 'TAN ile onaylayın',
  tanIntro: '{bank}, bankacılık uygulamanıza bir TAN gönderdi.',
  tanLabel: 'TAN',
  tanHint: 'Simüle banka: herhangi altı rakam çalışır.',

  amount: 'Tutar',
  total: 'Toplam',
  to: 'Alıcı',
  from: 'Gönderen',
  iban: 'IBAN',
  reference: 'Açıklama',
  executionDate: 'İşlem tarihi',
  firstPayment: 'İlk ödeme',
  lastPayment: 'Son ödeme',
  frequency: 'Sıklık',
  frequencies: {
    MONTHLY: 'Aylık',
    EVERY_TWO_MONTHS: 'İki ayda bir',
    QUARTERLY: 'Üç ayda bir',
    SEMI_ANNUAL: 'Altı ayda bir',
    ANNUAL: 'Yıllık',
  },
  mandate: 'Talimat',
  connectedAccount: 'Bağlı hesap no. {id}',
  instantPayment: 'Anında ödeme',
  connectionName: 'Bağlantı adı',
  transfers: '{count} havale',
  collections: '{count} otomatik ödeme',
  moreLines: 've {count} tane daha',
  heroTo: 'alıcı: {name}',
  heroFrom: 'ödeyen: {name}',

  continue: 'Devam',
  logIn: 'Giriş yap',
  confirm: {
    connect: 'Hesabı bağla',
    update: 'Onayla',
    payment: 'Ödemeyi onayla',
    standingOrder: 'Düzenli ödemeyi oluştur',
    directDebit: 'Otomatik ödemeyi onayla',
  },
  cancel: 'Vazgeç',

  fieldRequired: 'Lütfen bu alanı doldurun.',
  tanInvalid: 'TAN’ın altı rakamını girin.',
  bankRequired: 'Bankanızı seçin.',

  validFor: 'Bu sayfa {duration} daha geçerli.',

  completedHeading: {
    connect: 'Banka hesabı bağlandı',
    update: 'Banka bağlantısı güncellendi',
    payment: 'Ödeme gönderildi',
    standingOrder: 'Düzenli ödeme oluşturuldu',
    directDebit: 'Otomatik ödeme gönderildi',
  },
  completedText: 'Talebiniz tamamlandı.',
  closeTab: 'Artık bu sekmeyi kapatıp uygulamaya dönebilirsiniz.',
  errorHeading: 'Bir sorun oluştu',
  errorText: 'İşlem tamamlanamadı.',
  errorReference: 'Müşteri hizmetleri için referans:',
  backToApp: 'Uygulamaya dön',
  support: 'Müşteri hizmetleriyle iletişime geçin',
  abortedHeading: 'İptal edildi',
  abortedText: 'İşlemi iptal ettiniz.',
  alreadyOpenedHeading: 'Bu bağlantı zaten kullanıldı',
  alreadyOpenedText:
    'Güvenliğiniz için bir web formu bağlantısı yalnızca bir kez açılabilir. Uygulamaya dönün ve yeniden başlayın.',
  expiredHeading: 'Bu web formunun süresi doldu',
  expiredText:
    'Web formu bağlantıları yalnızca sınırlı bir süre geçerlidir. Uygulamaya dönün ve yeniden başlayın.',
  finishedHeading: 'Bu web formu zaten tamamlandı',
  finishedText: 'Sonucu görmek için uygulamaya dönün.',
  notFoundHeading: 'Web formu bulunamadı',
  notFoundText:
    'Bu bağlantı geçersiz veya web formu silinmiş. Uygulamaya dönün ve yeniden başlayın.',
  forbiddenHeading: 'Bu sayfa web formunu tamamlayamaz',
  forbiddenText: 'Web formunu yalnızca onu açan sayfa tamamlayabilir.',
  badRequestHeading: 'Geçersiz istek',
  chooseErrorCode: 'Hata kodlarından birini seçin.',

  demoHeading: 'Demo kontrolleri',
  demoText:
    'finAPI formunun parçası değildir: bu web formunu herhangi bir adımdan hemen sonlandırın.',
};
