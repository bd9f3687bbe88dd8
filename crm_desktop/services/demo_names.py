"""Word lists for the demo data: names, companies, places and texts in English, Arabic and Persian.

Kept apart from ``demo.py`` so the generator stays readable. Arabic and Persian names carry a Latin
spelling, used for email addresses and web sites (which stay ASCII, as they mostly are in practice).
Persian entries use Persian letters (ی ک) and ZWNJ where a Persian writer would, Arabic entries Arabic
letters (ي ك ة), so search folding is exercised by realistic data.
"""

from __future__ import annotations

# Language codes used throughout the demo: which names, texts, countries and currencies go together.
LANGS = ("en", "ar", "fa")


def _as_is(words: str) -> tuple[tuple[str, str], ...]:
    """Latin names are their own spelling (lower-cased for addresses)."""
    return tuple((word, word.lower()) for word in words.split())


GIVEN_NAMES: dict[str, tuple[tuple[str, str], ...]] = {
    "en": _as_is(
        "James Mary John Patricia Robert Jennifer Michael Linda William Elizabeth David Barbara Richard "
        "Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Emma Matthew Olivia Anthony Sophie Mark "
        "Emily Paul Hannah Steven Laura Andrew Anna Peter Julia Lukas Lena Jonas Mia Felix Clara"
    ),
    "ar": (
        ("محمد", "mohammed"), ("أحمد", "ahmed"), ("عبدالله", "abdullah"), ("خالد", "khalid"),
        ("فيصل", "faisal"), ("سعود", "saud"), ("عمر", "omar"), ("يوسف", "yousef"), ("إبراهيم", "ibrahim"),
        ("سلمان", "salman"), ("ناصر", "nasser"), ("طارق", "tariq"), ("ماجد", "majed"), ("فهد", "fahad"),
        ("سلطان", "sultan"), ("حمد", "hamad"), ("راشد", "rashid"), ("سعيد", "saeed"), ("زايد", "zayed"),
        ("منصور", "mansour"), ("كريم", "karim"), ("هشام", "hisham"), ("فاطمة", "fatima"), ("عائشة", "aisha"),
        ("نورة", "noura"), ("مريم", "mariam"), ("سارة", "sarah"), ("ريم", "reem"), ("لطيفة", "latifa"),
        ("هند", "hind"), ("منى", "mona"), ("ليلى", "layla"), ("دانة", "dana"), ("جواهر", "jawaher"),
        ("أمل", "amal"), ("هيا", "haya"), ("شيخة", "shaikha"), ("نوف", "nouf"), ("لمياء", "lamia"),
        ("رنا", "rana"), ("ياسمين", "yasmin"), ("علي", "ali"),
    ),
    "fa": (
        ("محمد", "mohammad"), ("علی", "ali"), ("حسین", "hossein"), ("رضا", "reza"), ("مهدی", "mahdi"),
        ("امیر", "amir"), ("سعید", "saeed"), ("حمید", "hamid"), ("مجید", "majid"), ("بهرام", "bahram"),
        ("کاوه", "kaveh"), ("آرش", "arash"), ("داریوش", "dariush"), ("کوروش", "kourosh"), ("پویا", "pouya"),
        ("سینا", "sina"), ("نیما", "nima"), ("فرهاد", "farhad"), ("بابک", "babak"), ("امید", "omid"),
        ("مریم", "maryam"), ("فاطمه", "fatemeh"), ("زهرا", "zahra"), ("سارا", "sara"), ("نیلوفر", "niloufar"),
        ("شیرین", "shirin"), ("مهسا", "mahsa"), ("پریسا", "parisa"), ("لیلا", "leila"), ("نازنین", "nazanin"),
        ("الهام", "elham"), ("سمیرا", "samira"), ("آزاده", "azadeh"), ("ترانه", "taraneh"), ("گلناز", "golnaz"),
        ("شیوا", "shiva"), ("رویا", "roya"), ("یاسمن", "yasaman"), ("مینا", "mina"), ("فرناز", "farnaz"),
        ("هستی", "hasti"), ("آیدا", "aida"),
    ),
}  # fmt: skip

FAMILY_NAMES: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        *_as_is(
            "Smith Johnson Williams Brown Jones Miller Davis Wilson Taylor Anderson Thomas Moore Martin Jackson "
            "Thompson White Harris Clark Lewis Walker Hall Allen Young King Wright Scott Green Baker Adams Nelson "
            "Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Schmidt Schneider Fischer Weber Wagner"
        ),
        ("Müller", "mueller"), ("Becker", "becker"), ("Schäfer", "schaefer"),
    ),
    "ar": (
        ("العتيبي", "alotaibi"), ("القحطاني", "alqahtani"), ("الغامدي", "alghamdi"), ("الشمري", "alshammari"),
        ("الدوسري", "aldosari"), ("الحربي", "alharbi"), ("الزهراني", "alzahrani"), ("المطيري", "almutairi"),
        ("السبيعي", "alsubaie"), ("الشهري", "alshehri"), ("العنزي", "alanazi"), ("المالكي", "almalki"),
        ("الخالدي", "alkhalidi"), ("الهاشمي", "alhashimi"), ("النعيمي", "alnuaimi"), ("المنصوري", "almansouri"),
        ("الكعبي", "alkaabi"), ("الظاهري", "aldhaheri"), ("المهيري", "almheiri"), ("الفلاسي", "alfalasi"),
        ("الشامسي", "alshamsi"), ("البلوشي", "albalushi"), ("السويدي", "alsuwaidi"), ("الرميثي", "alrumaithi"),
        ("الجابر", "aljaber"), ("العلي", "alali"), ("الحسن", "alhassan"), ("الصالح", "alsaleh"),
        ("الراشد", "alrashed"), ("العمري", "alomari"), ("البكري", "albakri"), ("الحمدان", "alhamdan"),
        ("التميمي", "altamimi"), ("الأنصاري", "alansari"), ("الكندي", "alkindi"), ("الحارثي", "alharthi"),
        ("البلوي", "albalawi"), ("العمودي", "alamoudi"), ("باخشب", "bakhashab"), ("الجهني", "aljohani"),
        ("السلمي", "alsulami"), ("الشريف", "alsharif"),
    ),
    "fa": (
        ("رضایی", "rezaei"), ("محمدی", "mohammadi"), ("حسینی", "hosseini"), ("احمدی", "ahmadi"),
        ("کریمی", "karimi"), ("موسوی", "mousavi"), ("جعفری", "jafari"), ("صادقی", "sadeghi"),
        ("رحیمی", "rahimi"), ("قاسمی", "ghasemi"), ("کاظمی", "kazemi"), ("هاشمی", "hashemi"), ("نوری", "nouri"),
        ("طاهری", "taheri"), ("اکبری", "akbari"), ("عباسی", "abbasi"), ("حیدری", "heidari"), ("شریفی", "sharifi"),
        ("یزدانی", "yazdani"), ("فرهادی", "farhadi"), ("تهرانی", "tehrani"), ("شیرازی", "shirazi"),
        ("اصفهانی", "esfahani"), ("کرمانی", "kermani"), ("نیک\u200cنام", "niknam"), ("پورمحمدی", "pourmohammadi"),
        ("بهرامی", "bahrami"), ("سلطانی", "soltani"), ("امینی", "amini"), ("مرادی", "moradi"), ("زمانی", "zamani"),
        ("فتحی", "fathi"), ("نجفی", "najafi"), ("خسروی", "khosravi"), ("ملکی", "maleki"), ("وحیدی", "vahidi"),
        ("کیانی", "kiani"), ("پاکزاد", "pakzad"), ("میرزایی", "mirzaei"), ("شجاعی", "shojaei"),
        ("دهقان", "dehghan"), ("عبدالهی", "abdollahi"),
    ),
}  # fmt: skip

PREFIXES = {"en": ("Dr.", "Prof.", "Eng."), "ar": ("د.", "م.", "أ."), "fa": ("دکتر", "مهندس")}

JOB_TITLES = {
    "en": (
        "Sales Manager", "CEO", "Purchasing Manager", "Head of IT", "Account Manager", "Office Manager",
        "Marketing Director", "Chief Financial Officer", "Logistics Coordinator", "Project Manager",
        "Procurement Specialist", "Managing Director",
    ),
    "ar": (
        "مدير المبيعات", "المدير التنفيذي", "مدير المشتريات", "مدير تقنية المعلومات", "مدير الحسابات",
        "مدير المكتب", "مدير التسويق", "المدير المالي", "منسق الخدمات اللوجستية", "مدير المشاريع",
    ),
    "fa": (
        "مدیر فروش", "مدیرعامل", "مدیر خرید", "مدیر فناوری اطلاعات", "کارشناس فروش", "مدیر دفتر",
        "مدیر بازاریابی", "مدیر مالی", "کارشناس بازرگانی", "مدیر پروژه", "رئیس هیئت‌مدیره",
    ),
}  # fmt: skip

# (native, latin slug) parts: companies are "<core> <suffix>" (en), "<prefix> <core> <suffix>" (ar),
# "<prefix> <core>" (fa).
COMPANY_PARTS: dict[str, tuple[tuple[tuple[str, str], ...], ...]] = {
    "en": (
        tuple((c, c.lower().replace(" ", "")) for c in (
            "Rahavard", "Apex", "Crescent", "Falcon", "Gulf Star", "Silk Road", "Zagros", "Desert Rose",
            "Oasis", "Horizon", "Caspian", "Nordstern", "Rhine Valley", "Blue Dhow",
        )),
        tuple((s, s.lower().replace(" ", "")) for s in (
            "Trading", "Logistics", "Software", "Consulting", "Industries", "Foods", "Textiles", "Pharma",
            "Construction", "Holdings", "GmbH", "Solutions",
        )),
    ),
    "ar": (
        (("شركة", ""), ("مؤسسة", ""), ("مجموعة", "")),
        (
            ("النخبة", "alnokhba"), ("الفجر", "alfajr"), ("الخليج", "alkhaleej"), ("الريادة", "alreyada"),
            ("الأفق", "alofoq"), ("الواحة", "alwaha"), ("الصقر", "alsaqr"), ("النخيل", "alnakheel"),
            ("البحر الأحمر", "redsea"), ("النجمة", "alnajma"), ("المستقبل", "almustaqbal"),
            ("الرمال الذهبية", "goldensands"),
        ),
        (
            ("للتجارة", "trading"), ("للمقاولات", "contracting"), ("للتقنية", "tech"), ("للاستشارات", "consulting"),
            ("للصناعات الغذائية", "foods"), ("للنقل والخدمات اللوجستية", "logistics"), ("للأدوية", "pharma"),
            ("القابضة", "holding"),
        ),
    ),
    "fa": (
        (
            ("بازرگانی", "trading"), ("شرکت فناوری", "tech"), ("صنایع غذایی", "food"), ("گروه صنعتی", "group"),
            ("حمل و نقل", "transport"), ("مهندسی مشاور", "consulting"), ("داروسازی", "pharma"), ("نساجی", "textile"),
        ),
        (
            ("آریا", "arya"), ("پارس", "pars"), ("زاگرس", "zagros"), ("البرز", "alborz"), ("کاسپین", "caspian"),
            ("سپهر", "sepehr"), ("آسمان", "aseman"), ("پرشین", "persian"), ("نگین", "negin"), ("مهر", "mehr"),
            ("ایرانیان", "iranian"), ("فراز", "faraz"),
        ),
    ),
}  # fmt: skip

INDUSTRIES = (
    "Trading", "Software", "Construction", "Logistics", "Food & Beverage", "Pharmaceuticals", "Textiles",
    "Consulting", "Oil & Gas", "Tourism", "Education", "Healthcare",
)  # fmt: skip
COMPANY_SIZES = ("1-10", "11-50", "51-200", "201-1000", "1000+")
SOURCES = ("Website", "Referral", "Trade fair", "Cold call", "LinkedIn", "Instagram", "معرفی", "نمایشگاه", "إحالة")

# Countries each language's contacts live in, with a weight (English contacts: mostly Germany).
COUNTRIES = {"en": (("DE", 7), ("AE", 3)), "ar": (("SA", 6), ("AE", 4)), "fa": (("IR", 9), ("DE", 1))}
TIME_ZONES = {"IR": "Asia/Tehran", "SA": "Asia/Riyadh", "AE": "Asia/Dubai", "DE": "Europe/Berlin"}
CURRENCIES = {"IR": "IRR", "SA": "SAR", "AE": "AED", "DE": "EUR"}
TLD = {"IR": "ir", "SA": "sa", "AE": "ae", "DE": "de"}

# Phone formats as people type them: (label, country code + leading digits choices, remaining digit groups).
PHONE_PLANS: dict[str, tuple[tuple[str, tuple[str, ...], tuple[int, ...]], ...]] = {
    "IR": (
        ("mobile", ("+98 912", "+98 919", "+98 935", "+98 936", "+98 901", "+98 903", "+98 990", "+98 917"), (3, 4)),
        ("work", ("+98 21", "+98 31", "+98 71"), (4, 4)),
    ),
    "SA": (("mobile", ("+966 50", "+966 53", "+966 55", "+966 56", "+966 59"), (3, 4)), ("work", ("+966 11",), (3, 4))),
    "AE": (
        ("mobile", ("+971 50", "+971 52", "+971 55", "+971 56"), (3, 4)),
        ("work", ("+971 4 2", "+971 4 3"), (2, 4)),
    ),
    "DE": (("mobile", ("+49 151", "+49 152", "+49 157", "+49 176", "+49 177"), (4, 4)), ("work", ("+49 30",), (4, 4))),
}

CITIES = {
    "IR": (
        ("تهران", "تهران"),
        ("اصفهان", "اصفهان"),
        ("شیراز", "فارس"),
        ("مشهد", "خراسان رضوی"),
        ("تبریز", "آذربایجان شرقی"),
    ),
    "SA": (("الرياض", "منطقة الرياض"), ("جدة", "منطقة مكة المكرمة"), ("الدمام", "المنطقة الشرقية")),
    "AE": (("Dubai", "Dubai"), ("أبوظبي", "أبوظبي"), ("الشارقة", "الشارقة")),
    "DE": (("Berlin", "Berlin"), ("München", "Bayern"), ("Hamburg", "Hamburg"), ("Köln", "Nordrhein-Westfalen")),
}
STREETS = {
    "IR": ("خیابان ولیعصر، پلاک {n}", "بلوار کشاورز، پلاک {n}", "خیابان شریعتی، کوچه {n}"),
    "SA": ("طريق الملك فهد، مبنى {n}", "شارع التحلية {n}", "طريق الأمير محمد بن عبدالعزيز {n}"),
    "AE": ("Sheikh Zayed Road, Office {n}", "شارع الشيخ زايد، مكتب {n}", "Al Wasl Road {n}"),
    "DE": ("Hauptstraße {n}", "Friedrichstraße {n}", "Schillerstraße {n}"),
}
POSTAL_DIGITS = {"IR": 10, "SA": 5, "AE": 0, "DE": 5}

TAGS = ("VIP", "مشتری", "عميل", "Partner", "Newsletter", "همکار", "موزع", "Reseller")

# Activity subjects by kind and language; bodies are appended sentences.
ACTIVITY_SUBJECTS: dict[str, dict[str, tuple[str, ...]]] = {
    "note": {
        "en": ("Customer feedback", "Price discussion notes", "Visit summary"),
        "ar": ("ملاحظات العميل", "ملخص الزيارة", "ملاحظات حول الأسعار"),
        "fa": ("یادداشت جلسه", "بازخورد مشتری", "خلاصهٔ بازدید"),
    },
    "call": {
        "en": ("Follow-up call", "Intro call", "Support call"),
        "ar": ("مكالمة متابعة", "اتصال تعريفي", "مكالمة دعم فني"),
        "fa": ("تماس پیگیری", "تماس معرفی", "تماس پشتیبانی"),
    },
    "meeting": {
        "en": ("Product demo", "Quarterly review", "Contract negotiation"),
        "ar": ("عرض المنتج", "اجتماع المراجعة الربعية", "مفاوضات العقد"),
        "fa": ("جلسهٔ معرفی محصول", "جلسهٔ بررسی فصلی", "مذاکرهٔ قرارداد"),
    },
    "task": {
        "en": ("Send quote", "Prepare contract", "Check payment"),
        "ar": ("إرسال عرض السعر", "تجهيز العقد", "متابعة الدفع"),
        "fa": ("ارسال پیش‌فاکتور", "تهیهٔ قرارداد", "پیگیری پرداخت"),
    },
    "email": {
        "en": ("Sent price list", "Answered questions"),
        "ar": ("إرسال قائمة الأسعار", "الرد على الاستفسارات"),
        "fa": ("ارسال لیست قیمت", "پاسخ به سؤالات"),
    },
    "sms": {
        "en": ("Appointment reminder", "Delivery notice"),
        "ar": ("تذكير بالموعد", "إشعار التسليم"),
        "fa": ("یادآوری قرار ملاقات", "اطلاع‌رسانی ارسال کالا"),
    },
}
ACTIVITY_BODIES = {
    "en": (
        "The customer asked for a discount on larger orders.",
        "Agreed to send the updated catalogue next week.",
        "Delivery times were the main concern.",
        "They are comparing us with two other suppliers.",
    ),
    "ar": (
        "طلب العميل خصماً على الطلبات الكبيرة.",
        "تم الاتفاق على إرسال الكتالوج المحدث الأسبوع القادم.",
        "كان وقت التسليم هو الاهتمام الرئيسي.",
        "يقارن العميل عرضنا بعرضين آخرين.",
    ),
    "fa": (
        "مشتری برای سفارش‌های بزرگ درخواست تخفیف داشت.",
        "قرار شد کاتالوگ جدید هفتهٔ آینده ارسال شود.",
        "زمان تحویل مهم‌ترین دغدغهٔ مشتری بود.",
        "مشتری پیشنهاد ما را با دو تأمین‌کنندهٔ دیگر مقایسه می‌کند.",
    ),
}
CALL_OUTCOMES = ("Reached", "No answer", "Left voicemail", "پاسخ نداد", "تم الرد")

APPOINTMENT_TITLES = {
    "en": ("Project kickoff", "Site visit", "Weekly sync", "Training session", "Lunch meeting"),
    "ar": ("زيارة ميدانية", "اجتماع أسبوعي", "جلسة تدريبية", "اجتماع عمل"),
    "fa": ("جلسهٔ هفتگی", "بازدید از کارخانه", "جلسهٔ آموزشی", "ناهار کاری"),
}
LOCATIONS = ("Head office", "Online (video call)", "دفتر مرکزی", "مقر الشركة", "Customer site")

OPPORTUNITY_TITLES = {
    "en": ("{n} licences", "Annual supply contract", "Fleet maintenance", "Warehouse expansion", "Pilot project"),
    "ar": ("عقد توريد سنوي", "مشروع تجريبي", "توسعة المستودع", "صيانة الأسطول"),
    "fa": ("قرارداد تأمین سالانه", "پروژهٔ آزمایشی", "توسعهٔ انبار", "خرید {n} دستگاه"),
}
LOST_REASONS = ("Price too high", "Chose a competitor", "No budget", "قیمت بالا", "اختار منافساً")
NEXT_STEPS = ("Send revised offer", "Call the decision maker", "ارسال پیش‌فاکتور", "تحديد موعد اجتماع")

EMAIL_SUBJECTS = {
    "en": ("Quotation {n}", "Meeting next week", "Invoice {n}", "Your order"),
    "ar": ("عرض سعر رقم {n}", "اجتماع الأسبوع القادم", "فاتورة رقم {n}", "طلبكم"),
    "fa": ("پیش‌فاکتور شمارهٔ {n}", "جلسهٔ هفتهٔ آینده", "فاکتور شمارهٔ {n}", "سفارش شما"),
}
EMAIL_GREETINGS = {"en": "Dear {name},", "ar": "السيد/السيدة {name} المحترم،", "fa": "{name} گرامی،"}
EMAIL_CLOSINGS = {"en": "Best regards", "ar": "مع خالص التحية", "fa": "با احترام"}
