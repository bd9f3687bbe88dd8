"""Headings, column titles and phrases of the printed reports in English, Arabic and Persian.

Reports are made without Qt (the CLI makes them too), so their words live here rather than in the Qt
``.ts`` files. The Arabic is Modern Standard business Arabic (Gulf and Egyptian offices read it alike);
the Persian is what Iranian office software prints (ZWNJ in compounds, Persian ی and ک).
"""

from __future__ import annotations

from crm_desktop.text.digits import lang_code

# key: (English, Arabic, Persian)
TEXTS: dict[str, tuple[str, str, str]] = {
    # page furniture
    "page": ("Page {0} of {1}", "صفحة {0} من {1}", "صفحهٔ {0} از {1}"),
    "printed": ("Printed {0}", "تاريخ الطباعة: {0}", "تاریخ چاپ: {0}"),
    "empty": (
        "Nothing matches these filters.",
        "لا توجد بيانات تطابق عوامل التصفية المحددة.",
        "موردی با این فیلترها پیدا نشد.",
    ),
    "none": ("None.", "لا يوجد.", "موردی نیست."),
    "truncated": (
        "Only the first {0} items are printed.",
        "طُبع أول {0} عنصر فقط.",
        "فقط {0} مورد نخست چاپ شده است.",
    ),
    "list_sep": (", ", "، ", "، "),
    # report titles
    "directory": ("Contact directory", "دليل جهات الاتصال", "فهرست مخاطبان"),
    "profile_contact": ("Contact profile", "ملف جهة الاتصال", "پروندهٔ مخاطب"),
    "profile_company": ("Company profile", "ملف الشركة", "پروندهٔ شرکت"),
    "activities": ("Activity report", "تقرير الأنشطة", "گزارش فعالیت‌ها"),
    "agenda": ("Appointment agenda", "جدول المواعيد", "برنامهٔ قرارهای ملاقات"),
    "tasks": ("Task list", "قائمة المهام", "فهرست وظایف"),
    "pipeline": ("Sales pipeline", "مسار المبيعات", "قیف فروش"),
    # filters shown under the title
    "f_tag": ("Tag: {0}", "الوسم: {0}", "برچسب: {0}"),
    "f_owner": ("Owner: {0}", "المسؤول: {0}", "مسئول: {0}"),
    "f_stage": ("Stage: {0}", "المرحلة: {0}", "مرحله: {0}"),
    "f_saved": ("Saved search: {0}", "البحث المحفوظ: {0}", "جستجوی ذخیره‌شده: {0}"),
    "f_company": ("Company: {0}", "الشركة: {0}", "شرکت: {0}"),
    "f_query": ("Name contains: {0}", "الاسم يحتوي على: {0}", "نام شامل: {0}"),
    "f_period": ("Period: {0} to {1}", "الفترة: من {0} إلى {1}", "دوره: از {0} تا {1}"),
    "f_user": ("User: {0}", "المستخدم: {0}", "کاربر: {0}"),
    "f_pipeline": ("Pipeline: {0}", "المسار: {0}", "قیف: {0}"),
    "all_users": ("All users", "جميع المستخدمين", "همهٔ کاربران"),
    "nobody": ("Unassigned", "غير مسند", "بدون مسئول"),
    # counts
    "n_contacts": ("{0} contacts", "عدد جهات الاتصال: {0}", "تعداد مخاطبان: {0}"),
    "n_activities": ("{0} activities", "عدد الأنشطة: {0}", "تعداد فعالیت‌ها: {0}"),
    "n_appointments": ("{0} appointments", "عدد المواعيد: {0}", "تعداد قرارها: {0}"),
    "n_tasks": ("{0} open tasks", "عدد المهام المفتوحة: {0}", "تعداد وظایف باز: {0}"),
    "n_deals": ("{0} open deals", "عدد الصفقات المفتوحة: {0}", "تعداد فرصت‌های فروش باز: {0}"),
    # column titles and field labels
    "name": ("Name", "الاسم", "نام"),
    "company": ("Company", "الشركة", "شرکت"),
    "job_title": ("Job title", "المسمى الوظيفي", "سمت"),
    "email": ("Email", "البريد الإلكتروني", "ایمیل"),
    "phone": ("Phone", "الهاتف", "تلفن"),
    "stage": ("Stage", "المرحلة", "مرحله"),
    "owner": ("Owner", "المسؤول", "مسئول"),
    "last_contacted": ("Last contact", "آخر تواصل", "آخرین تماس"),
    "date": ("Date", "التاريخ", "تاریخ"),
    "time": ("Time", "الوقت", "ساعت"),
    "kind": ("Type", "النوع", "نوع"),
    "subject": ("Subject", "الموضوع", "موضوع"),
    "detail": ("Details", "التفاصيل", "جزئیات"),
    "due": ("Due", "تاريخ الاستحقاق", "سررسید"),
    "priority": ("Priority", "الأولوية", "اولویت"),
    "linked": ("Linked to", "مرتبط بـ", "مربوط به"),
    "assignee": ("Assigned to", "مسندة إلى", "مسئول انجام"),
    "location": ("Location", "المكان", "مکان"),
    "attendees": ("Attendees", "الحضور", "شرکت‌کنندگان"),
    "amount": ("Amount", "المبلغ", "مبلغ"),
    "weighted": ("Weighted", "القيمة المرجحة", "مبلغ وزنی"),
    "probability": ("Probability", "الاحتمال", "احتمال"),
    "expected_close": ("Expected close", "الإغلاق المتوقع", "تاریخ بستن پیش‌بینی‌شده"),
    "title": ("Title", "العنوان", "عنوان"),
    "file": ("File", "الملف", "فایل"),
    "size": ("Size", "الحجم", "اندازه"),
    "deals": ("Deals", "الصفقات", "فرصت‌ها"),
    "count": ("Count", "العدد", "تعداد"),
    "total": ("Total", "الإجمالي", "جمع"),
    "month": ("Month", "الشهر", "ماه"),
    "user": ("User", "المستخدم", "کاربر"),
    "duration": ("Duration", "المدة", "مدت"),
    "outcome": ("Outcome", "النتيجة", "نتیجه"),
    "emails": ("Email addresses", "عناوين البريد", "نشانی‌های ایمیل"),
    "phones": ("Phone numbers", "أرقام الهاتف", "شماره‌های تلفن"),
    "addresses": ("Addresses", "العناوين", "نشانی‌ها"),
    "tags": ("Tags", "الوسوم", "برچسب‌ها"),
    "birthday": ("Birthday", "تاريخ الميلاد", "تاریخ تولد"),
    "source": ("Source", "المصدر", "منبع"),
    "notes": ("Notes", "ملاحظات", "یادداشت‌ها"),
    "industry": ("Industry", "القطاع", "صنعت"),
    "website": ("Website", "الموقع الإلكتروني", "وب‌سایت"),
    "company_size": ("Size", "حجم الشركة", "اندازهٔ شرکت"),
    "parent": ("Parent company", "الشركة الأم", "شرکت مادر"),
    "minutes": ("{0} min", "{0} دقيقة", "{0} دقیقه"),
    "bytes": ("{0} bytes", "{0} بايت", "{0} بایت"),
    "kb": ("{0} KB", "{0} ك.ب", "{0} کیلوبایت"),
    "mb": ("{0} MB", "{0} م.ب", "{0} مگابایت"),
    # profile sections
    "s_details": ("Details", "البيانات", "مشخصات"),
    "s_timeline": ("Timeline", "السجل الزمني", "سابقه"),
    "s_deals": ("Open deals", "الصفقات المفتوحة", "فرصت‌های فروش باز"),
    "s_appointments": ("Upcoming appointments", "المواعيد القادمة", "قرارهای پیش رو"),
    "s_documents": ("Documents", "المستندات", "اسناد"),
    "s_people": ("People", "الأشخاص", "افراد"),
    # activity report
    "s_summary": ("Summary by user", "ملخص حسب المستخدم", "خلاصه به تفکیک کاربر"),
    "chart_activities": ("Activities per user", "الأنشطة لكل مستخدم", "فعالیت‌ها به تفکیک کاربر"),
    # agenda
    "all_day": ("All day", "طوال اليوم", "تمام روز"),
    "s_recurring": (
        "Repeating appointments (each series once, with its rule)",
        "المواعيد المتكررة (كل سلسلة مرة واحدة مع قاعدة تكرارها)",
        "قرارهای تکرارشونده (هر سری یک بار، با قاعدهٔ تکرار)",
    ),
    "repeats": ("Repeats", "التكرار", "تکرار"),
    "first": ("First", "البداية", "نخستین"),
    "r_daily": ("daily", "يومياً", "روزانه"),
    "r_weekly": ("weekly", "أسبوعياً", "هفتگی"),
    "r_monthly": ("monthly", "شهرياً", "ماهانه"),
    "r_yearly": ("yearly", "سنوياً", "سالانه"),
    "r_days": ("every {0} days", "كل {0} أيام", "هر {0} روز"),
    "r_weeks": ("every {0} weeks", "كل {0} أسابيع", "هر {0} هفته"),
    "r_months": ("every {0} months", "كل {0} أشهر", "هر {0} ماه"),
    "r_years": ("every {0} years", "كل {0} سنوات", "هر {0} سال"),
    "r_count": ("{0} times", "{0} مرات", "{0} بار"),
    "r_until": ("until {0}", "حتى {0}", "تا {0}"),
    # tasks
    "overdue": ("Overdue", "متأخرة", "عقب‌افتاده"),
    "today": ("Today", "اليوم", "امروز"),
    "upcoming": ("Upcoming", "القادمة", "پیش رو"),
    "no_date": ("No due date", "بلا تاريخ استحقاق", "بدون سررسید"),
    "p1": ("Low", "منخفضة", "پایین"),
    "p2": ("Normal", "عادية", "معمولی"),
    "p3": ("High", "عالية", "بالا"),
    # pipeline
    "s_by_stage": ("Open deals by stage", "الصفقات المفتوحة حسب المرحلة", "فرصت‌های باز به تفکیک مرحله"),
    "s_by_owner": ("Open deals by owner", "الصفقات المفتوحة حسب المسؤول", "فرصت‌های باز به تفکیک مسئول"),
    "s_forecast": (
        "Forecast: expected closing by month (weighted by probability)",
        "التوقعات: الإغلاق المتوقع حسب الشهر (مرجحاً بالاحتمال)",
        "پیش‌بینی: بستن مورد انتظار به تفکیک ماه (وزنی بر پایهٔ احتمال)",
    ),
    "chart_stage": ("Open deals per stage", "عدد الصفقات المفتوحة في كل مرحلة", "تعداد فرصت‌های باز در هر مرحله"),
    "no_close_date": ("No expected date", "بلا تاريخ متوقع", "بدون تاریخ پیش‌بینی"),
    "currency_note": (
        "Amounts are summed per currency; no exchange rates are applied.",
        "تُجمع المبالغ لكل عملة على حدة، دون تحويل بين العملات.",
        "مبلغ‌ها برای هر ارز جداگانه جمع شده‌اند و تبدیل ارز انجام نشده است.",
    ),
    # duplicates
    "duplicates": ("Possible duplicates", "السجلات المكررة المحتملة", "موارد تکراری احتمالی"),
    "n_pairs": ("{0} pairs", "عدد الأزواج: {0}", "تعداد جفت‌ها: {0}"),
    "f_entity_contacts": ("Contacts", "جهات الاتصال", "مخاطبان"),
    "f_entity_companies": ("Companies", "الشركات", "شرکت‌ها"),
    "f_min_score": ("Score at least {0}", "الدرجة {0} على الأقل", "امتیاز دست‌کم {0}"),
    "scanned": (
        "{0} records looked at, {1} likely pairs compared",
        "فُحص {0} سجلاً، وقورن {1} زوجاً محتملاً",
        "{0} رکورد بررسی و {1} جفت احتمالی مقایسه شد",
    ),
    "score": ("Score", "الدرجة", "امتیاز"),
    "record": ("Record", "السجل", "رکورد"),
    "same_as": ("Possible duplicate", "المكرر المحتمل", "تکراری احتمالی"),
    "reasons": ("Why", "الأسباب", "دلیل‌ها"),
    "d_same_email": ("same email", "البريد نفسه", "ایمیل یکسان"),
    "d_same_phone": ("same phone", "الهاتف نفسه", "تلفن یکسان"),
    "d_same_website": ("same website", "الموقع نفسه", "وب‌سایت یکسان"),
    "d_same_name": ("same name", "الاسم نفسه", "نام یکسان"),
    "d_similar_name": ("similar name ({0})", "اسم مشابه ({0})", "نام مشابه ({0})"),
    "d_same_company": ("same company", "الشركة نفسها", "شرکت یکسان"),
    # lifecycle stages of contacts
    "lead": ("Lead", "عميل محتمل", "سرنخ"),
    "prospect": ("Prospect", "عميل مرتقب", "مشتری بالقوه"),
    "customer": ("Customer", "عميل", "مشتری"),
    "vip": ("VIP", "عميل مميز", "مشتری ویژه"),
    "inactive": ("Inactive", "غير نشط", "غیرفعال"),
    # activity and timeline kinds
    "k_note": ("Note", "ملاحظة", "یادداشت"),
    "k_call": ("Call", "مكالمة", "تماس"),
    "k_meeting": ("Meeting", "اجتماع", "جلسه"),
    "k_task": ("Task", "مهمة", "وظیفه"),
    "k_email": ("Email", "بريد إلكتروني", "ایمیل"),
    "k_fax": ("Fax", "فاكس", "فکس"),
    "k_sms": ("SMS", "رسالة نصية", "پیامک"),
    "k_appointment": ("Appointment", "موعد", "قرار ملاقات"),
    "k_document": ("Document", "مستند", "سند"),
    "k_deal": ("Deal", "صفقة", "فرصت فروش"),
    "done": ("done", "منجزة", "انجام‌شده"),
    "mail_in": ("received from {0}", "وارد من {0}", "دریافتی از {0}"),
    "mail_out": ("sent from {0}", "صادر من {0}", "ارسالی از {0}"),
    # deal status and the default pipeline's stage names (user-named stages print as typed)
    "st_open": ("Open", "مفتوحة", "باز"),
    "st_won": ("Won", "رابحة", "برنده"),
    "st_lost": ("Lost", "خاسرة", "ازدست‌رفته"),
    "Lead": ("Lead", "عميل محتمل", "سرنخ"),
    "Qualified": ("Qualified", "مؤهل", "واجد شرایط"),
    "Proposal": ("Proposal", "عرض سعر", "پیشنهاد قیمت"),
    "Negotiation": ("Negotiation", "تفاوض", "مذاکره"),
    "Won": ("Won", "رابحة", "برنده"),
    "Lost": ("Lost", "خاسرة", "ازدست‌رفته"),
    "Sales": ("Sales", "المبيعات", "فروش"),
}
_INDEX = {"en": 0, "ar": 1, "fa": 2}


def tr(key: str, lang: str, *args: object) -> str:
    """The phrase ``key`` in ``lang`` (en, ar, fa), with ``{0}``… filled from ``args``."""
    text = TEXTS[key][_INDEX[lang_code(lang)]]
    return text.format(*args) if args else text


def tr_default(value: str, lang: str) -> str:
    """A stored name the app created in English (default stages, the "Sales" pipeline) in ``lang``;
    anything a user typed is returned unchanged."""
    entry = TEXTS.get(value)
    if entry is None or entry[0] != value:
        return value
    return entry[_INDEX[lang_code(lang)]]
