import pg from "pg";
import { addDays, berlinToday, berlinWallTimeToUtc, isoWeekday } from "../lib/availability/berlin-time";
import { SERVICE_CODES as S, type DocumentKey } from "../lib/catalogue/service-codes";

/**
 * Appointment catalogue of the demo: services of the five institutions with texts in de, en,
 * ar, tr, uk; the main office and two neighbourhood offices; counters and rooms with weekly
 * opening rules; closures. Idempotent: whatever already exists (by code, by counter name) is
 * left as it is, so an admin's changes survive a restart.
 */

type Text = { name: string; description: string };
type ServiceSeed = {
  code: string;
  lane: "ABH" | "SOZ" | "KIM" | "MBE" | "JMD";
  durationMinutes: number;
  bufferMinutes: number;
  bookingMode: "ONLINE" | "DESK_ONLY" | "WALK_IN";
  minAge?: number;
  maxAge?: number;
  feeCents?: number;
  minNoticeMinutes: number;
  horizonDays: number;
  documents: DocumentKey[];
  texts: Record<"de" | "en" | "ar" | "tr" | "uk", Text>;
};

export const APPOINTMENT_SERVICES: ServiceSeed[] = [
  {
    code: S.permitExtension,
    lane: "ABH",
    durationMinutes: 30,
    bufferMinutes: 10,
    bookingMode: "ONLINE",
    feeCents: 9300,
    minNoticeMinutes: 24 * 60,
    horizonDays: 60,
    documents: ["passport", "residencePermit", "biometricPhoto", "registrationCertificate", "incomeProof", "rentalContract", "healthInsurance"],
    texts: {
      de: {
        name: "Aufenthaltserlaubnis verlängern",
        description:
          "Ihre Aufenthaltserlaubnis läuft bald ab? Beantragen Sie die Verlängerung bitte spätestens 6 Wochen vor dem Ablaufdatum. Im Termin prüfen wir Ihre Unterlagen, nehmen Ihre Fingerabdrücke auf und bestellen Ihre neue Karte (eAT). Die Gebühr bezahlen Sie im Termin; für Kinder und für türkische Staatsangehörige ist sie niedriger. Heben Sie die Buchungsbestätigung auf: Sie zeigt, wann Sie gebucht haben.",
      },
      en: {
        name: "Extend your residence permit",
        description:
          "Your residence permit expires soon? Please apply for the extension at least 6 weeks before it expires. At the appointment we check your documents, take your fingerprints and order your new permit card (eAT). You pay the fee at the appointment; it is lower for children and for Turkish citizens. Keep your booking confirmation: it shows when you booked.",
      },
      ar: {
        name: "تمديد تصريح الإقامة",
        description:
          "هل ينتهي تصريح إقامتك قريباً؟ يرجى تقديم طلب التمديد قبل انتهاء صلاحيته بستة أسابيع على الأقل. في الموعد نراجع أوراقك ونأخذ بصمات أصابعك ونطلب لك بطاقة الإقامة الجديدة (eAT). تدفع الرسوم في الموعد، وهي أقل للأطفال وللمواطنين الأتراك. احتفظ بتأكيد الحجز، فهو يثبت تاريخ حجزك.",
      },
      tr: {
        name: "Oturma iznini uzatma",
        description:
          "Oturma izninizin süresi yakında mı doluyor? Uzatma başvurusunu lütfen süre dolmadan en az 6 hafta önce yapın. Randevuda belgelerinizi kontrol ediyor, parmak izlerinizi alıyor ve yeni oturma izni kartınızı (eAT) sipariş ediyoruz. Harcı randevuda ödersiniz; çocuklar ve Türk vatandaşları için harç daha düşüktür. Randevu onayınızı saklayın: ne zaman randevu aldığınızı gösterir.",
      },
      uk: {
        name: "Продовження дозволу на проживання",
        description:
          "Термін дії вашого дозволу на проживання скоро закінчується? Подайте заяву на продовження щонайменше за 6 тижнів до закінчення терміну. Під час прийому ми перевіримо ваші документи, знімемо відбитки пальців і замовимо нову картку (eAT). Збір ви сплачуєте під час прийому; для дітей і громадян Туреччини він нижчий. Збережіть підтвердження запису: воно показує, коли ви записалися.",
      },
    },
  },
  {
    code: S.fiktion,
    lane: "ABH",
    durationMinutes: 15,
    bufferMinutes: 5,
    bookingMode: "ONLINE",
    feeCents: 1300,
    minNoticeMinutes: 2 * 60,
    horizonDays: 30,
    documents: ["passport", "residencePermit", "biometricPhoto", "appointmentConfirmation"],
    texts: {
      de: {
        name: "Fiktionsbescheinigung",
        description:
          "Sie haben die Verlängerung rechtzeitig beantragt, aber wir haben noch nicht entschieden? Die Fiktionsbescheinigung ist ein Papier, das zeigt: Ihr bisheriges Aufenthaltsrecht gilt weiter, bis wir entschieden haben. Sie brauchen sie zum Beispiel für Ihren Arbeitgeber, das Jobcenter oder die Familienkasse.",
      },
      en: {
        name: "Fiktionsbescheinigung (provisional certificate)",
        description:
          "You applied for an extension in time, but we have not decided yet? The Fiktionsbescheinigung is a paper that shows that your current right of residence continues until we decide. You need it, for example, for your employer, the job centre or the family benefits office (Familienkasse).",
      },
      ar: {
        name: "شهادة استمرار الإقامة (Fiktionsbescheinigung)",
        description:
          "قدّمت طلب التمديد في الوقت المحدد ولم نتخذ القرار بعد؟ شهادة Fiktionsbescheinigung ورقة تثبت أن حق إقامتك الحالي يبقى سارياً حتى نتخذ القرار. تحتاجها مثلاً لصاحب العمل أو لمركز العمل (Jobcenter) أو لصندوق إعانة الأطفال (Familienkasse).",
      },
      tr: {
        name: "Fiktionsbescheinigung (geçici belge)",
        description:
          "Uzatma başvurunuzu zamanında yaptınız ama henüz karar vermedik mi? Fiktionsbescheinigung, biz karar verene kadar mevcut oturma hakkınızın devam ettiğini gösteren bir belgedir. Örneğin işvereniniz, Jobcenter veya Familienkasse (çocuk parası kurumu) için buna ihtiyacınız olur.",
      },
      uk: {
        name: "Тимчасова довідка (Fiktionsbescheinigung)",
        description:
          "Ви вчасно подали заяву на продовження, але рішення ще не ухвалене? Fiktionsbescheinigung — це документ, який підтверджує, що ваше нинішнє право на проживання діє далі, доки ми не ухвалимо рішення. Він потрібен, наприклад, для роботодавця, Jobcenter або Familienkasse (каса сімейних виплат).",
      },
    },
  },
  {
    code: S.eatHandover,
    lane: "ABH",
    durationMinutes: 10,
    bufferMinutes: 0,
    bookingMode: "WALK_IN",
    minNoticeMinutes: 0,
    horizonDays: 30,
    documents: ["passport", "residencePermit", "collectionLetter", "pinLetter"],
    texts: {
      de: {
        name: "Aufenthaltstitel-Karte (eAT) abholen",
        description:
          "Ihre neue Karte ist fertig, wenn Sie von uns einen Brief bekommen haben. Dafür brauchen Sie keinen Termin: Kommen Sie während der Öffnungszeiten an den Abholschalter. Bringen Sie Ihren Pass, Ihre alte Karte oder Fiktionsbescheinigung, das Abholschreiben und den PIN-Brief mit. Die Gebühr haben Sie schon beim Antrag bezahlt.",
      },
      en: {
        name: "Collect your residence permit card (eAT)",
        description:
          "Your new card is ready once you have received a letter from us. You do not need an appointment: come to the collection counter during opening hours. Bring your passport, your old card or Fiktionsbescheinigung, the collection letter and the PIN letter. You already paid the fee when you applied.",
      },
      ar: {
        name: "استلام بطاقة الإقامة (eAT)",
        description:
          "تكون بطاقتك الجديدة جاهزة عندما تصلك رسالة منا. لا تحتاج إلى موعد: تعال إلى شباك الاستلام خلال ساعات الدوام. أحضر معك جواز سفرك وبطاقتك القديمة أو شهادة Fiktionsbescheinigung ورسالة الاستلام ورسالة الرقم السري (PIN). لقد دفعت الرسوم عند تقديم الطلب.",
      },
      tr: {
        name: "Oturma izni kartını (eAT) teslim alma",
        description:
          "Bizden bir mektup aldığınızda yeni kartınız hazırdır. Bunun için randevuya gerek yok: çalışma saatlerinde teslim gişesine gelin. Pasaportunuzu, eski kartınızı veya Fiktionsbescheinigung belgenizi, teslim mektubunu ve PIN mektubunu getirin. Harcı başvuru sırasında zaten ödediniz.",
      },
      uk: {
        name: "Отримати картку дозволу на проживання (eAT)",
        description:
          "Ваша нова картка готова, коли ви отримали від нас лист. Запис для цього не потрібен: приходьте до віконця видачі в години роботи. Візьміть із собою паспорт, стару картку або Fiktionsbescheinigung, лист про отримання та лист із PIN-кодом. Збір ви вже сплатили під час подання заяви.",
      },
    },
  },
  {
    code: S.guarantee,
    lane: "ABH",
    durationMinutes: 30,
    bufferMinutes: 5,
    bookingMode: "ONLINE",
    minAge: 18,
    feeCents: 2900,
    minNoticeMinutes: 24 * 60,
    horizonDays: 60,
    documents: ["passport", "residencePermit", "guestDetails", "incomeProof", "employmentContract", "rentalContract"],
    texts: {
      de: {
        name: "Verpflichtungserklärung für Besuch",
        description:
          "Sie möchten Familie oder Freunde aus dem Ausland zu Besuch einladen? Mit der Verpflichtungserklärung versprechen Sie, alle Kosten des Besuchs zu tragen, auch bei Krankheit. Im Termin prüfen wir, ob Ihr Einkommen dafür reicht. Sie bekommen ein Formular, das Ihr Gast für das Visum braucht. Kommen Sie bitte persönlich; die Gebühr beträgt 29 €.",
      },
      en: {
        name: "Formal obligation for a visitor (Verpflichtungserklärung)",
        description:
          "You want to invite family or friends from abroad for a visit? With the formal obligation you promise to pay all costs of the visit, including in case of illness. At the appointment we check whether your income is enough. You receive a form your guest needs for the visa. Please come in person; the fee is 29 €.",
      },
      ar: {
        name: "التعهد بتكاليف الزيارة (Verpflichtungserklärung)",
        description:
          "تريد دعوة أفراد من عائلتك أو أصدقاء من الخارج للزيارة؟ بهذا التعهد تلتزم بدفع جميع تكاليف الزيارة، بما في ذلك في حالة المرض. في الموعد نتحقق مما إذا كان دخلك كافياً. تحصل على استمارة يحتاجها ضيفك للحصول على التأشيرة. يرجى الحضور شخصياً؛ الرسوم 29 يورو.",
      },
      tr: {
        name: "Ziyaret için taahhütname (Verpflichtungserklärung)",
        description:
          "Yurt dışından ailenizi veya arkadaşlarınızı ziyarete mi davet etmek istiyorsunuz? Taahhütname ile hastalık dahil ziyaretin tüm masraflarını karşılayacağınızı taahhüt edersiniz. Randevuda gelirinizin yeterli olup olmadığını kontrol ediyoruz. Misafirinizin vize için ihtiyaç duyduğu formu alırsınız. Lütfen şahsen gelin; harç 29 €'dur.",
      },
      uk: {
        name: "Зобов'язання щодо гостя (Verpflichtungserklärung)",
        description:
          "Хочете запросити родину чи друзів з-за кордону в гості? У зобов'язанні ви обіцяєте покрити всі витрати на візит, зокрема в разі хвороби. Під час прийому ми перевіримо, чи достатньо вашого доходу. Ви отримаєте формуляр, потрібний вашому гостеві для візи. Приходьте особисто; збір становить 29 €.",
      },
    },
  },
  {
    code: S.familyPreApproval,
    lane: "ABH",
    durationMinutes: 45,
    bufferMinutes: 15,
    bookingMode: "DESK_ONLY",
    minNoticeMinutes: 24 * 60,
    horizonDays: 90,
    documents: ["passport", "residencePermit", "marriageCertificate", "birthCertificates", "incomeProof", "rentalContract", "livingSpaceProof", "healthInsurance"],
    texts: {
      de: {
        name: "Familiennachzug: Vorabzustimmung",
        description:
          "Ihr Ehepartner oder Ihre Kinder möchten zu Ihnen nach Hamm ziehen? Mit einer Vorabzustimmung (§ 31 Absatz 3 Aufenthaltsverordnung) prüfen wir schon vor dem Visumantrag, ob die Voraussetzungen erfüllt sind: genug Wohnraum, gesicherter Lebensunterhalt und Krankenversicherung. Das kann das Visumverfahren bei der Botschaft deutlich beschleunigen. Diesen Termin vereinbaren Sie am Empfang, weil wir vorher Ihre Unterlagen ansehen.",
      },
      en: {
        name: "Family reunification: pre-approval",
        description:
          "Your spouse or children want to join you in Hamm? With a pre-approval (section 31(3) of the Residence Ordinance) we check before the visa application whether the requirements are met: enough living space, secure income and health insurance. This can make the visa procedure at the embassy much faster. Please arrange this appointment at the front desk, because we look at your documents first.",
      },
      ar: {
        name: "لمّ شمل الأسرة: الموافقة المسبقة",
        description:
          "يريد زوجك أو زوجتك أو أطفالك الانتقال إليك في هام؟ بالموافقة المسبقة (الفقرة 3 من المادة 31 من لائحة الإقامة) نتحقق قبل طلب التأشيرة من استيفاء الشروط: مسكن كافٍ ودخل مضمون وتأمين صحي. هذا قد يسرّع إجراءات التأشيرة في السفارة كثيراً. يُحجز هذا الموعد في مكتب الاستقبال، لأننا نطّلع على أوراقك أولاً.",
      },
      tr: {
        name: "Aile birleşimi: ön onay",
        description:
          "Eşiniz veya çocuklarınız Hamm'a, yanınıza mı taşınmak istiyor? Ön onay (Oturma Yönetmeliği madde 31 fıkra 3) ile vize başvurusundan önce koşulların sağlanıp sağlanmadığını kontrol ediyoruz: yeterli konut, güvence altındaki geçim ve sağlık sigortası. Bu, büyükelçilikteki vize işlemini önemli ölçüde hızlandırabilir. Bu randevuyu danışma masasından alırsınız, çünkü önce belgelerinize bakıyoruz.",
      },
      uk: {
        name: "Возз'єднання сім'ї: попередня згода",
        description:
          "Ваш чоловік чи дружина або діти хочуть переїхати до вас у Гамм? Із попередньою згодою (§ 31 абз. 3 Положення про перебування) ми ще до подання заяви на візу перевіряємо, чи виконано умови: достатньо житлової площі, забезпечений дохід і медичне страхування. Це може значно пришвидшити оформлення візи в посольстві. Цей прийом призначають на рецепції, бо спершу ми переглядаємо ваші документи.",
      },
    },
  },
  {
    code: S.naturalisationAdvice,
    lane: "ABH",
    durationMinutes: 30,
    bufferMinutes: 10,
    bookingMode: "ONLINE",
    minAge: 16,
    minNoticeMinutes: 24 * 60,
    horizonDays: 60,
    documents: ["passport", "residencePermit", "languageCertificate", "incomeProof", "schoolCertificate"],
    texts: {
      de: {
        name: "Einbürgerung: Beratung",
        description:
          "Sie möchten Deutsche oder Deutscher werden? In der Beratung prüfen wir mit Ihnen die Voraussetzungen, zum Beispiel in der Regel 5 Jahre rechtmäßiger Aufenthalt, Deutschkenntnisse auf Niveau B1, der Einbürgerungstest und ein gesicherter Lebensunterhalt. Sie erfahren, welche Unterlagen Sie für den Antrag brauchen. Die Beratung ist kostenlos; der Antrag kostet später 255 € (mit eingebürgerte Kinder 51 €).",
      },
      en: {
        name: "Naturalisation: advice",
        description:
          "You want to become a German citizen? In the advice session we go through the requirements with you, for example usually 5 years of legal residence, German at level B1, the naturalisation test and a secure income. You learn which documents you need for the application. The advice is free; the application later costs 255 € (51 € for children naturalised with you).",
      },
      ar: {
        name: "التجنّس: استشارة",
        description:
          "تريد الحصول على الجنسية الألمانية؟ في الاستشارة نراجع معك الشروط، مثل الإقامة القانونية لمدة 5 سنوات عادةً، ومعرفة اللغة الألمانية بمستوى B1، واختبار التجنّس، والدخل المضمون. ستعرف الأوراق التي تحتاجها للطلب. الاستشارة مجانية؛ أما الطلب فيكلّف لاحقاً 255 يورو (51 يورو للأطفال الذين يتجنّسون معك).",
      },
      tr: {
        name: "Vatandaşlığa geçiş: danışmanlık",
        description:
          "Alman vatandaşı olmak mı istiyorsunuz? Danışmanlıkta koşulları sizinle birlikte gözden geçiriyoruz; örneğin genellikle 5 yıllık yasal ikamet, B1 seviyesinde Almanca, vatandaşlık testi ve güvence altındaki geçim. Başvuru için hangi belgelere ihtiyacınız olduğunu öğrenirsiniz. Danışmanlık ücretsizdir; başvuru daha sonra 255 € tutar (sizinle birlikte vatandaşlığa geçen çocuklar için 51 €).",
      },
      uk: {
        name: "Набуття громадянства: консультація",
        description:
          "Хочете стати громадянином або громадянкою Німеччини? На консультації ми разом перевіримо умови: зазвичай 5 років законного проживання, знання німецької на рівні B1, тест на натуралізацію і забезпечений дохід. Ви дізнаєтеся, які документи потрібні для заяви. Консультація безкоштовна; сама заява згодом коштує 255 € (51 € за дітей, які отримують громадянство разом із вами).",
      },
    },
  },
  {
    code: S.benefitsAdvice,
    lane: "SOZ",
    durationMinutes: 30,
    bufferMinutes: 10,
    bookingMode: "ONLINE",
    minNoticeMinutes: 2 * 60,
    horizonDays: 30,
    documents: ["passport", "residencePermit", "registrationCertificate", "rentalContract", "incomeProof", "bankStatements", "benefitNotices"],
    texts: {
      de: {
        name: "Beratung zu Sozialleistungen",
        description:
          "Sie haben Fragen zu Geld für den Lebensunterhalt, zu Miete und Heizung, Wohngeld, Leistungen für Bildung und Teilhabe oder Hilfe im Alter und bei Krankheit? Wir erklären, welche Leistungen zu Ihnen passen und welche Stelle zuständig ist, helfen beim Antrag und erklären Ihnen Bescheide. Bringen Sie Ihre Briefe von Ämtern mit.",
      },
      en: {
        name: "Advice on social benefits",
        description:
          "You have questions about money to live on, rent and heating, housing benefit, education and participation benefits, or help in old age and illness? We explain which benefits suit you and which office is responsible, help with the application and explain official decisions to you. Bring your letters from public offices.",
      },
      ar: {
        name: "استشارة حول المساعدات الاجتماعية",
        description:
          "لديك أسئلة عن المال اللازم للمعيشة، أو عن الإيجار والتدفئة، أو إعانة السكن، أو مساعدات التعليم والمشاركة، أو المساعدة في الشيخوخة والمرض؟ نشرح لك المساعدات المناسبة لك والجهة المختصة، ونساعدك في تقديم الطلب ونشرح لك القرارات الرسمية. أحضر معك الرسائل التي وصلتك من الدوائر الرسمية.",
      },
      tr: {
        name: "Sosyal yardımlar hakkında danışmanlık",
        description:
          "Geçim için para, kira ve ısınma, konut yardımı (Wohngeld), eğitim ve katılım yardımları ya da yaşlılıkta ve hastalıkta destek hakkında sorularınız mı var? Size hangi yardımların uygun olduğunu ve hangi kurumun yetkili olduğunu açıklıyor, başvuruda yardım ediyor ve resmi kararları anlatıyoruz. Kurumlardan gelen mektuplarınızı getirin.",
      },
      uk: {
        name: "Консультація щодо соціальних виплат",
        description:
          "Маєте питання про гроші на проживання, оплату оренди й опалення, житлову допомогу (Wohngeld), виплати на освіту й участь у суспільному житті або допомогу в старості й під час хвороби? Ми пояснимо, які виплати вам підходять і яка установа за них відповідає, допоможемо із заявою та пояснимо офіційні рішення. Візьміть із собою листи від установ.",
      },
    },
  },
  {
    code: S.caseManagementIntake,
    lane: "KIM",
    durationMinutes: 60,
    bufferMinutes: 15,
    bookingMode: "ONLINE",
    minAge: 18,
    minNoticeMinutes: 24 * 60,
    horizonDays: 45,
    documents: ["passport", "residencePermit", "existingDocuments"],
    texts: {
      de: {
        name: "Integrationsmanagement: Erstgespräch",
        description:
          "Viele Fragen auf einmal – Sprachkurs, Arbeit, Anerkennung Ihres Berufsabschlusses, Schule für die Kinder, Wohnung? Im Kommunalen Integrationsmanagement begleitet Sie eine feste Ansprechperson über längere Zeit und bringt die zuständigen Stellen zusammen. Im ersten Gespräch schauen wir gemeinsam, was Sie brauchen, und machen einen Plan.",
      },
      en: {
        name: "Integration case management: first meeting",
        description:
          "Many questions at once – language course, work, recognition of your qualifications, school for the children, housing? In municipal integration management one contact person supports you over a longer time and brings the responsible offices together. In the first meeting we look together at what you need and make a plan.",
      },
      ar: {
        name: "إدارة الاندماج: المقابلة الأولى",
        description:
          "أسئلة كثيرة في وقت واحد: دورة اللغة، العمل، الاعتراف بشهادتك المهنية، المدرسة للأطفال، السكن؟ في إدارة الاندماج البلدية يرافقك شخص ثابت لفترة طويلة ويجمع الجهات المختصة معاً. في المقابلة الأولى ننظر معاً فيما تحتاجه ونضع خطة.",
      },
      tr: {
        name: "Entegrasyon yönetimi: ilk görüşme",
        description:
          "Aynı anda birçok soru mu var: dil kursu, iş, mesleki diplomanızın tanınması, çocuklar için okul, konut? Belediye entegrasyon yönetiminde sabit bir kişi size uzun süre eşlik eder ve yetkili kurumları bir araya getirir. İlk görüşmede neye ihtiyacınız olduğuna birlikte bakıyor ve bir plan yapıyoruz.",
      },
      uk: {
        name: "Інтеграційний супровід: перша зустріч",
        description:
          "Багато питань одночасно — мовний курс, робота, визнання вашої професійної кваліфікації, школа для дітей, житло? У межах комунального інтеграційного менеджменту одна постійна контактна особа супроводжує вас тривалий час і об'єднує зусилля відповідальних установ. На першій зустрічі ми разом з'ясуємо, що вам потрібно, і складемо план.",
      },
    },
  },
  {
    code: S.mbeCounselling,
    lane: "MBE",
    durationMinutes: 60,
    bufferMinutes: 15,
    bookingMode: "ONLINE",
    minAge: 27,
    minNoticeMinutes: 60,
    horizonDays: 42,
    documents: ["passport", "existingDocuments"],
    texts: {
      de: {
        name: "Migrationsberatung für Erwachsene (AWO)",
        description:
          "Für Zugewanderte ab 27 Jahren. Wir beraten Sie kostenlos und vertraulich zu allen Fragen des Lebens in Deutschland: Sprachkurs, Arbeit, Wohnung, Familie, Gesundheit und Briefe von Behörden. Die Beratung der AWO ist unabhängig von den Ämtern: Wir geben nichts an Behörden weiter, wenn Sie es nicht ausdrücklich wollen.",
      },
      en: {
        name: "Migration counselling for adults (AWO)",
        description:
          "For immigrants aged 27 and over. We advise you free of charge and in confidence on all questions about life in Germany: language course, work, housing, family, health and letters from authorities. AWO counselling is independent of the public offices: we pass nothing on to authorities unless you explicitly want us to.",
      },
      ar: {
        name: "استشارات الهجرة للبالغين (AWO)",
        description:
          "للمهاجرين من عمر 27 عاماً فما فوق. نقدم لك الاستشارة مجاناً وبسرية تامة في كل ما يخص الحياة في ألمانيا: دورة اللغة، العمل، السكن، الأسرة، الصحة، والرسائل الواردة من الدوائر الرسمية. استشارات AWO مستقلة عن الدوائر الحكومية: لا ننقل أي شيء إلى السلطات إلا إذا طلبت ذلك صراحةً.",
      },
      tr: {
        name: "Yetişkinler için göç danışmanlığı (AWO)",
        description:
          "27 yaş ve üzeri göçmenler için. Almanya'daki yaşamla ilgili tüm sorularınızda size ücretsiz ve gizli danışmanlık veriyoruz: dil kursu, iş, konut, aile, sağlık ve resmi kurumlardan gelen mektuplar. AWO danışmanlığı resmi kurumlardan bağımsızdır: siz açıkça istemedikçe hiçbir bilgiyi kurumlara iletmeyiz.",
      },
      uk: {
        name: "Міграційна консультація для дорослих (AWO)",
        description:
          "Для мігрантів віком від 27 років. Ми безкоштовно й конфіденційно консультуємо з усіх питань життя в Німеччині: мовний курс, робота, житло, сім'я, здоров'я та листи від установ. Консультація AWO незалежна від державних установ: ми нічого не передаємо органам влади, якщо ви прямо цього не попросите.",
      },
    },
  },
  {
    code: S.jmdCounselling,
    lane: "JMD",
    durationMinutes: 45,
    bufferMinutes: 15,
    bookingMode: "ONLINE",
    minAge: 12,
    maxAge: 27,
    minNoticeMinutes: 60,
    horizonDays: 42,
    documents: ["passport", "schoolCertificate", "existingDocuments"],
    texts: {
      de: {
        name: "Jugendmigrationsdienst (DRK): Beratung",
        description:
          "Für junge Menschen von 12 bis 27 Jahren. Wir helfen dir bei Schule, Ausbildung, Studium, Sprachkurs, Arbeit und persönlichen Fragen – kostenlos, vertraulich und unabhängig von den Ämtern. Du kannst allein kommen oder jemanden mitbringen.",
      },
      en: {
        name: "Youth migration service (DRK): counselling",
        description:
          "For young people aged 12 to 27. We help you with school, vocational training, university, language courses, work and personal questions – free of charge, confidential and independent of the public offices. You can come alone or bring someone with you.",
      },
      ar: {
        name: "خدمة هجرة الشباب (DRK): استشارة",
        description:
          "للشباب من عمر 12 إلى 27 عاماً. نساعدك في المدرسة والتدريب المهني والدراسة الجامعية ودورات اللغة والعمل والأسئلة الشخصية، مجاناً وبسرية وباستقلال عن الدوائر الحكومية. يمكنك المجيء وحدك أو إحضار شخص معك.",
      },
      tr: {
        name: "Gençlik göç servisi (DRK): danışmanlık",
        description:
          "12-27 yaş arası gençler için. Okul, meslek eğitimi, üniversite, dil kursu, iş ve kişisel konularda sana yardım ediyoruz – ücretsiz, gizli ve resmi kurumlardan bağımsız. Tek başına gelebilir ya da yanında birini getirebilirsin.",
      },
      uk: {
        name: "Молодіжна міграційна служба (DRK): консультація",
        description:
          "Для молоді віком від 12 до 27 років. Ми допомагаємо зі школою, професійним навчанням, навчанням в університеті, мовним курсом, роботою та особистими питаннями — безкоштовно, конфіденційно й незалежно від державних установ. Можна прийти самому або з кимось.",
      },
    },
  },
];

export const APPOINTMENT_LOCATIONS = [
  { code: "hamm-buergeramt", name: "Bürgeramt für Migration und Integration, Hamm", address: "Theodor-Heuss-Platz 16, 59065 Hamm", kind: "MAIN" },
  { code: "hamm-norden", name: "Stadtteilbüro Hamm-Norden", address: "Feidikstraße 20, 59065 Hamm", kind: "NEIGHBOURHOOD" },
  { code: "bockum-hoevel", name: "Stadtteilbüro Bockum-Hövel", address: "Hammer Straße 44, 59075 Hamm", kind: "NEIGHBOURHOOD" },
] as const;

type Rule = { weekday: number; start: string; end: string; validFrom?: string };
const days = (weekdays: number[], start: string, end: string): Rule[] => weekdays.map((weekday) => ({ weekday, start, end }));
const MON_FRI = [1, 2, 3, 4, 5];
// Foreigners authority: every weekday morning and a long Thursday afternoon for working people
const ABH_HOURS = [...days(MON_FRI, "08:00", "12:00"), ...days([4], "14:00", "18:00")];

/** Counters and rooms: where, which services, when. Opening rules belong to the counter. */
const COUNTERS: { location: string; name: string; services: string[]; rules: (today: string) => Rule[] }[] = [
  { location: "hamm-buergeramt", name: "Schalter 1", services: [S.permitExtension, S.fiktion, S.guarantee], rules: () => ABH_HOURS },
  { location: "hamm-buergeramt", name: "Schalter 2", services: [S.permitExtension, S.fiktion, S.guarantee], rules: () => ABH_HOURS },
  { location: "hamm-buergeramt", name: "Schalter 3", services: [S.permitExtension, S.fiktion, S.familyPreApproval], rules: () => ABH_HOURS },
  { location: "hamm-buergeramt", name: "Schalter 4 (Abholung)", services: [S.eatHandover, S.fiktion], rules: () => ABH_HOURS },
  { location: "hamm-buergeramt", name: "Raum 1.05 (Einbürgerung)", services: [S.naturalisationAdvice], rules: () => [...days([2, 4], "08:30", "12:00"), ...days([4], "14:00", "16:00")] },
  { location: "hamm-buergeramt", name: "Raum 1.10", services: [S.benefitsAdvice], rules: () => [...days([1, 2, 4], "08:30", "12:00"), ...days([4], "14:00", "16:00")] },
  { location: "hamm-buergeramt", name: "Raum 1.11", services: [S.benefitsAdvice], rules: () => days(MON_FRI, "08:30", "12:00") },
  { location: "hamm-buergeramt", name: "Raum 2.10 (KIM)", services: [S.caseManagementIntake], rules: () => [...days([1, 2, 3, 4], "09:00", "12:00"), ...days([4], "14:00", "17:00")] },
  { location: "hamm-buergeramt", name: "Raum 2.12 (AWO)", services: [S.mbeCounselling], rules: () => [...days([2, 3], "09:00", "12:00"), ...days([4], "14:00", "17:00")] },
  // young people come after school
  { location: "hamm-buergeramt", name: "Raum 2.14 (DRK)", services: [S.jmdCounselling], rules: () => [...days([1, 3], "13:00", "17:00"), ...days([5], "09:00", "12:00")] },
  { location: "hamm-norden", name: "Beratungsraum A", services: [S.mbeCounselling, S.benefitsAdvice], rules: () => days([1, 3], "09:00", "12:00") },
  { location: "hamm-norden", name: "Beratungsraum B", services: [S.jmdCounselling], rules: () => days([2, 4], "14:00", "18:00") },
  {
    location: "bockum-hoevel",
    name: "Beratungsraum",
    services: [S.caseManagementIntake, S.mbeCounselling],
    // an extra Tuesday morning from next month on: a rule with a start date
    rules: (today) => [...days([5], "09:00", "12:00"), { weekday: 2, start: "09:00", end: "12:00", validFrom: `${addDays(today, 32).slice(0, 7)}-01` }],
  },
];

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const nextWeekday = (from: string, weekday: number) => {
  let d = from;
  while (isoWeekday(d) !== weekday) d = addDays(d, 1);
  return d;
};

/** Closures: Christmas Eve and New Year's Eve everywhere, a training morning, a neighbourhood festival. */
function closures(today: string) {
  const year = Number(today.slice(0, 4));
  const out: { location?: string; counter?: [string, string]; date: string; start: string; end: string; reason: string }[] = [];
  for (const y of [year, year + 1]) {
    for (const l of APPOINTMENT_LOCATIONS) {
      out.push({ location: l.code, date: `${y}-12-24`, start: "00:00", end: "24:00", reason: "Heiligabend" });
      out.push({ location: l.code, date: `${y}-12-31`, start: "00:00", end: "24:00", reason: "Silvester" });
    }
  }
  out.push({ counter: ["hamm-buergeramt", "Raum 2.12 (AWO)"], date: nextWeekday(addDays(today, 14), 3), start: "09:00", end: "12:00", reason: "Fortbildung des Beratungsteams" });
  out.push({ location: "hamm-norden", date: nextWeekday(addDays(today, 21), 3), start: "00:00", end: "24:00", reason: "Stadtteilfest Hamm-Norden" });
  return out;
}

/**
 * Seeds the appointment catalogue through the admin connection (the catalogue is public data,
 * but only the migration owner should bulk-load it). Returns true when anything was added.
 */
export async function seedAppointments(adminUrl: string, log: (m: string) => void = console.log, now: Date = new Date()): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const today = berlinToday(now);
  let added = 0;
  try {
    await client.query("BEGIN");
    // one seeding at a time (the e2e setup and the server may start together)
    await client.query("SELECT pg_advisory_xact_lock(72707370)");
    const serviceIds: Record<string, string> = {};
    for (const s of APPOINTMENT_SERVICES) {
      const inserted = await client.query(
        `INSERT INTO "Service" (code, lane, "durationMinutes", "bufferMinutes", "bookingMode", "minAge", "maxAge", "feeCents", "requiredDocuments", "minNoticeMinutes", "horizonDays")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (code) DO NOTHING RETURNING id`,
        [s.code, s.lane, s.durationMinutes, s.bufferMinutes, s.bookingMode, s.minAge ?? null, s.maxAge ?? null, s.feeCents ?? null, s.documents, s.minNoticeMinutes, s.horizonDays],
      );
      added += inserted.rowCount ?? 0;
      serviceIds[s.code] = (await client.query(`SELECT id FROM "Service" WHERE code = $1`, [s.code])).rows[0].id;
      for (const [locale, text] of Object.entries(s.texts)) {
        await client.query(
          `INSERT INTO "ServiceText" ("serviceId", locale, name, description) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
          [serviceIds[s.code], locale, text.name, text.description],
        );
      }
    }
    const locationIds: Record<string, string> = {};
    for (const l of APPOINTMENT_LOCATIONS) {
      await client.query(`INSERT INTO "Location" (code, name, address, kind) VALUES ($1, $2, $3, $4) ON CONFLICT (code) DO NOTHING`, [l.code, l.name, l.address, l.kind]);
      locationIds[l.code] = (await client.query(`SELECT id FROM "Location" WHERE code = $1`, [l.code])).rows[0].id;
    }
    const counterIds: Record<string, string> = {};
    for (const c of COUNTERS) {
      const locationId = locationIds[c.location];
      const inserted = await client.query(
        `INSERT INTO "Counter" ("locationId", name) VALUES ($1, $2) ON CONFLICT ("locationId", name) DO NOTHING RETURNING id`,
        [locationId, c.name],
      );
      const id = (await client.query(`SELECT id FROM "Counter" WHERE "locationId" = $1 AND name = $2`, [locationId, c.name])).rows[0].id;
      counterIds[`${c.location}/${c.name}`] = id;
      if (!inserted.rowCount) continue; // an existing counter keeps its services and rules
      added++;
      for (const code of c.services) {
        await client.query(`INSERT INTO "CounterService" ("counterId", "serviceId") VALUES ($1, $2) ON CONFLICT DO NOTHING`, [id, serviceIds[code]]);
      }
      for (const r of c.rules(today)) {
        await client.query(`INSERT INTO "OpeningRule" ("counterId", weekday, "startMinute", "endMinute", "validFrom") VALUES ($1, $2, $3, $4, $5)`, [
          id,
          r.weekday,
          minutes(r.start),
          minutes(r.end),
          r.validFrom ?? null,
        ]);
      }
    }
    for (const c of closures(today)) {
      const locationId = c.location ? locationIds[c.location] : null;
      const counterId = c.counter ? counterIds[c.counter.join("/")] : null;
      const inserted = await client.query(
        `INSERT INTO "Closure" ("locationId", "counterId", "startsAt", "endsAt", reason)
         SELECT $1::uuid, $2::uuid, $3::timestamptz, $4::timestamptz, $5::text
          WHERE NOT EXISTS (SELECT 1 FROM "Closure" WHERE "locationId" IS NOT DISTINCT FROM $1::uuid AND "counterId" IS NOT DISTINCT FROM $2::uuid
                               AND reason = $5::text AND "startsAt" = $3::timestamptz)`,
        [locationId, counterId, berlinWallTimeToUtc(c.date, minutes(c.start)), berlinWallTimeToUtc(c.date, minutes(c.end)), c.reason],
      );
      added += inserted.rowCount ?? 0;
    }
    await client.query("COMMIT");
    if (added) log(`[seed] appointments: ${APPOINTMENT_SERVICES.length} services, ${APPOINTMENT_LOCATIONS.length} locations, ${COUNTERS.length} counters`);
    return added > 0;
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    await client.end();
  }
}
