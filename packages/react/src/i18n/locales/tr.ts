import type { MessageCatalogue } from '../Messages.ts';

/**
 * Turkish (siz), as Turkish banking apps address their customers.
 *
 * @example
 * import { tr } from '@webform-kit/react/locales/tr';
 */
export const tr: MessageCatalogue = {
  lang: 'tr',
  messages: {
    'common.cancel': 'İptal',
    'common.continue': 'Devam',
    'common.support': 'Müşteri hizmetleriyle iletişime geçin',
    'common.opensInNewTab': '(yeni sekmede açılır)',
    'common.closeTab': 'Bu sekmeyi kapat',
    'common.supportReference': 'Müşteri hizmetleri için referans',
    'common.copy': 'Kopyala',
    'common.copied': 'Kopyalandı',

    'summary.amount': 'Tutar',
    'summary.payee': 'Alıcı',
    'summary.purpose': 'Açıklama',
    'summary.reference': 'Referans',
    'summary.paymentId': 'Ödeme kimliği',
    'open.button': 'Güvenli forma devam et',
    'open.link': 'Güvenli formu aç',
    'open.preparing': 'Güvenli form hazırlanıyor…',
    'open.popupBlocked':
      'Tarayıcınız yeni sekmeyi engelledi. Lütfen güvenli formu aşağıdaki bağlantıyla açın.',
    'open.newTab':
      'Form yeni bir sekmede açılır. Lütfen bu sayfayı açık tutun: işleminiz bittiğinde sonucu burada göreceksiniz.',
    'redirect.heading.import': 'Banka hesabınızı bağlayın',
    'redirect.heading.update': 'Banka bağlantınızı güncelleyin',
    'redirect.heading.payment': 'Ödemenizi bankanızda onaylayın',
    'redirect.heading.standingOrder': 'Düzenli ödeme talimatınızı bankanızda oluşturun',
    'redirect.heading.directDebit': 'Doğrudan borçlandırma talimatınızı bankanızda onaylayın',
    'redirect.lead.import':
      "Hesabınızı, denetime tabi bir bankacılık hizmetleri sağlayıcısı olan finAPI'nin güvenli formunda bağlarsınız. İnternet bankacılığı giriş bilgilerinizi yalnızca orada girersiniz, asla bu uygulamada değil.",
    'redirect.lead.update':
      "Bankanız bağlantıyı yeniden onaylamanızı istiyor. Bunu, denetime tabi bir bankacılık hizmetleri sağlayıcısı olan finAPI'nin güvenli formunda yaparsınız. İnternet bankacılığı giriş bilgilerinizi yalnızca orada girersiniz, asla bu uygulamada değil.",
    'redirect.lead.payment':
      "Ödemeyi, denetime tabi bir ödeme hizmeti sağlayıcısı olan finAPI'nin güvenli formunda onaylarsınız. Bankanıza yalnızca orada giriş yaparsınız, asla bu uygulamada değil.",
    'redirect.lead.standingOrder':
      "Düzenli ödeme talimatını, denetime tabi bir ödeme hizmeti sağlayıcısı olan finAPI'nin güvenli formunda onaylarsınız. Bankanıza yalnızca orada giriş yaparsınız, asla bu uygulamada değil.",
    'redirect.lead.directDebit':
      "Doğrudan borçlandırmayı, denetime tabi bir ödeme hizmeti sağlayıcısı olan finAPI'nin güvenli formunda onaylarsınız. Bankanıza yalnızca orada giriş yaparsınız, asla bu uygulamada değil.",
    'redirect.stepsHeading': 'Sırada ne var',
    'redirect.step.open': 'Güvenli formu açın.',
    'redirect.step.confirm':
      'Bankanıza giriş yapın ve onaylayın; örneğin SMS ile gelen bir kodla veya bankanızın uygulamasında.',
    'redirect.step.return': 'Buraya geri dönün. Sonucu size göstereceğiz.',
    'redirect.countdown': '{time} otomatik olarak güvenli forma yönlendirileceksiniz.',
    'redirect.countdownCancel': 'Bu sayfada kal',
    'redirect.countdownCancelled': 'Otomatik yönlendirme kapatıldı. Hazır olduğunuzda devam edin.',
    'waiting.heading.notYetOpened': 'Güvenli formda devam edin',
    'waiting.lead.notYetOpened': 'Güvenli form açılmadıysa buradan açabilirsiniz.',
    'waiting.heading.inProgress': 'Lütfen güvenli formu tamamlayın',
    'waiting.lead.inProgress':
      'Form başka bir sekmede veya pencerede açık. Formu orada tamamlayıp buraya geri dönün: bu sayfa kendiliğinden güncellenir.',
    'waiting.timeLeft': { one: '{duration} kaldı', other: '{duration} kaldı' },
    'waiting.timeUp': 'Güvenli form için ayrılan süre doldu.',
    'waiting.closedHint':
      'Formu yanlışlıkla mı kapattınız? Yeni bir form almak için yeniden başlayın.',
    'waiting.restart': 'Yeniden başla',
    'checking.heading': 'Sonuç kontrol ediliyor',
    'checking.lead': 'Lütfen biraz bekleyin. Güvenli formun sonucunu doğruluyoruz.',
    'completed.heading.import': 'Banka hesabı bağlandı',
    'completed.heading.update': 'Banka bağlantısı güncellendi',
    'completed.heading.payment': 'Ödeme iletildi',
    'completed.heading.standingOrder': 'Düzenli ödeme talimatı oluşturuldu',
    'completed.heading.directDebit': 'Doğrudan borçlandırma iletildi',
    'completed.lead.import':
      'Banka hesabınız artık bağlı. Tüm verilerinizin görünmesi biraz zaman alabilir.',
    'completed.lead.update': 'Banka bağlantınız yeniden güncel.',
    'completed.lead.payment':
      'Bankanız ödeme talimatını aldı ve olağan işlem süreleri içinde gerçekleştirecek.',
    'completed.lead.standingOrder':
      'Bankanız düzenli ödeme talimatını aldı. Ödemeler seçtiğiniz tarihlerde yapılacak.',
    'completed.lead.directDebit':
      'Bankanız doğrudan borçlandırma talimatını aldı ve olağan işlem süreleri içinde işleme alacak.',
    'error.heading.ENTITY_EXISTS': 'Bu banka bağlantısı zaten mevcut',
    'error.body.ENTITY_EXISTS':
      'Seçtiğiniz banka hesabı zaten bağlı, bu yüzden yeni bir şey eklenmedi. Mevcut bağlantıyı kullanmaya devam edebilirsiniz.',
    'error.heading.BANK_SERVER_REJECTION': 'Bankanız talebi reddetti',
    'error.body.BANK_SERVER_REJECTION':
      'Bankanız işlemi sonlandırdı; örneğin giriş bilgileri veya onay kodu kabul edilmediği için. Lütfen bilgilerinizi kontrol edip tekrar deneyin.',
    'error.heading.INTERNAL_ERROR': 'Beklenmeyen bir hata oluştu',
    'error.body.INTERNAL_ERROR':
      'Güvenli formda nedeni belirlenemeyen bir hata oluştu. Lütfen daha sonra tekrar deneyin. Hata tekrarlanırsa müşteri hizmetleriyle iletişime geçin ve aşağıdaki referansı belirtin.',
    'error.heading.INTERRUPTED': 'İşlem yarıda kesildi',
    'error.body.INTERRUPTED':
      'Güvenli form, buna izin verilmeyen bir adımda yeniden yüklendi veya yeniden açıldı. Lütfen yeniden başlayın ve formu yeniden yüklemeden tamamlayın.',
    'error.heading.INVALID_TOKEN': 'Oturumunuzun süresi doldu',
    'error.body.INVALID_TOKEN':
      'Güvenli form açıkken oturumunuzun süresi doldu. Lütfen yeniden başlayın; istenirse önce bu uygulamaya tekrar giriş yapın.',
    'error.heading.MANDATOR_MISCONFIGURATION': 'Bu hizmet şu anda kullanılamıyor',
    'error.body.MANDATOR_MISCONFIGURATION':
      'Hizmet bizim tarafımızda doğru yapılandırılmamış. Bunu kendiniz çözemezsiniz: lütfen müşteri hizmetleriyle iletişime geçin.',
    'error.heading.NO_ACCOUNTS_FOR_TYPE_LIST': 'Uygun hesap bulunamadı',
    'error.body.NO_ACCOUNTS_FOR_TYPE_LIST':
      'Bu banka erişimindeki hesapların hiçbiri burada gereken türde değil (örneğin vadesiz hesap). Lütfen başka bir hesap veya bankayla tekrar deneyin.',
    'error.heading.UNDETERMINED_BANK': 'Bankanız belirlenemedi',
    'error.body.UNDETERMINED_BANK':
      'Girilen bilgiler tek bir bankayı işaret etmiyor. Lütfen yeniden başlayın ve bankanızı seçin.',
    'error.heading.UNEXPECTED_ACCESS_RESPONSE': 'Bankacılık hizmetinden beklenmeyen yanıt',
    'error.body.UNEXPECTED_ACCESS_RESPONSE':
      'Bankacılık hizmetinden gelen beklenmeyen bir yanıt nedeniyle işlem tamamlanamadı. Lütfen daha sonra tekrar deneyin. Hata tekrarlanırsa müşteri hizmetleriyle iletişime geçin ve aşağıdaki referansı belirtin.',
    'error.heading.UNSUPPORTED_FEATURE': 'Bankanız bu işlevi desteklemiyor',
    'error.body.UNSUPPORTED_FEATURE':
      'Bankanız bu işlevi sunmuyor; örneğin ileri tarihli ödemeler. Lütfen farklı bilgilerle tekrar deneyin.',
    'error.heading.UNSUPPORTED_ORDER': 'Bu hesap bu talimat için kullanılamaz',
    'error.body.UNSUPPORTED_ORDER':
      'Seçilen hesap bu tür talimatları desteklemiyor. Lütfen başka bir hesapla tekrar deneyin.',
    'error.heading.general': 'İşlem tamamlanamadı',
    'error.body.general':
      'Güvenli formda bir sorun oluştu. Lütfen tekrar deneyin. Sorun devam ederse müşteri hizmetleriyle iletişime geçin.',
    'error.restart': 'Tekrar dene',
    'payment.notMade.payment': 'Herhangi bir ödeme yapılmadı',
    'payment.notMade.standingOrder': 'Herhangi bir düzenli ödeme talimatı oluşturulmadı',
    'payment.notMade.directDebit': 'Herhangi bir doğrudan borçlandırma yapılmadı',
    'payment.unknown.payment': 'Ödemenizin sonucu henüz belli değil',
    'payment.unknown.standingOrder':
      'Düzenli ödeme talimatınızın oluşturulup oluşturulmadığı henüz belli değil',
    'payment.unknown.directDebit': 'Doğrudan borçlandırmanızın sonucu henüz belli değil',
    'payment.unknown.lead':
      'Bankanız talimatı hâlâ gerçekleştirebilir. İki kez ödeme yapmamak için lütfen yeniden başlamayın: bir süre sonra hesabınızı veya bankacılık uygulamanızı kontrol edin ya da müşteri hizmetleriyle iletişime geçin.',

    'expired.heading': 'Güvenli formun süresi doldu',
    'expired.lead':
      'Güvenliğiniz için form yalnızca sınırlı bir süre geçerlidir ve bu süre işlem bitmeden doldu. Hiçbir işlem tamamlanmadı.',
    'expired.restart': 'Yeniden başla',
    'aborted.heading': 'İşlem iptal edildi',
    'aborted.lead':
      'İşlemi güvenli formda iptal ettiniz, bu yüzden hiçbir şey tamamlanmadı. İstediğiniz zaman yeniden başlayabilirsiniz.',
    'aborted.restart': 'Yeniden başla',
    'webFormRequired.heading': 'Bankanız onayınızı bekliyor',
    'webFormRequired.lead':
      "Banka bağlantınızı arka planda güncelleyemedik: bankanız bağlantıyı onaylamanızı istiyor. Bunu, denetime tabi bir bankacılık hizmetleri sağlayıcısı olan finAPI'nin güvenli formunda yaparsınız. İnternet bankacılığı giriş bilgilerinizi yalnızca orada girersiniz, asla bu uygulamada değil.",
    'connectionError.heading': 'Bağlantı sorunu',
    'connectionError.lead.network':
      'Hizmetimize ulaşamıyoruz. Lütfen internet bağlantınızı kontrol edip tekrar deneyin. Hiçbir şey kaybolmaz: kaldığınız yerden devam edersiniz.',
    'connectionError.lead.timeout':
      'Hizmetimiz çok geç yanıt veriyor. Lütfen tekrar deneyin. Hiçbir şey kaybolmaz: kaldığınız yerden devam edersiniz.',
    'connectionError.lead.server':
      'Hizmetimiz beklendiği gibi yanıt vermedi. Lütfen biraz sonra tekrar deneyin. Hiçbir şey kaybolmaz: kaldığınız yerden devam edersiniz.',
    'connectionError.retry': 'Tekrar dene',
    'connectionError.heading.tryLater': 'Şu anda mümkün değil',
    'connectionError.lead.tryLater':
      'Bunun için zaten devam eden bir işlem var ya da çok fazla deneme yapıldı. Lütfen birkaç dakika bekleyip tekrar deneyin. Hiçbir şey kaybolmaz.',
    'connectionError.heading.contactSupport': 'Burada devam edemiyoruz',
    'connectionError.lead.contactSupport':
      'Hizmetimiz bu isteği kabul edemedi ve tekrar denemek bunu değiştirmez. Lütfen müşteri hizmetleriyle iletişime geçin.',
    'connectionError.heading.startAgain': 'Lütfen yeniden başlayın',
    'connectionError.lead.startAgain':
      'Oturumunuz sona erdi veya bu işlem artık geçerli değil, örneğin uzun bir aradan sonra. Devam etmek için yeniden başlayın.',
    'connectionError.heading.appMisconfigured': 'Bu hizmet doğru şekilde ayarlanmamış',
    'connectionError.lead.appMisconfigured':
      'Bu uygulamadaki bir ayar hatalı olduğu için güvenli form kullanılamıyor. Bunu kendiniz düzeltemezsiniz: lütfen müşteri hizmetleriyle iletişime geçin.',
  },
};

export default tr;
