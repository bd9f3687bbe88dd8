<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../crm_desktop/ui/about.py" line="+20"/>
        <source>About Rafiq CRM</source>
        <translation>دربارهٔ رفیق CRM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database</source>
        <translation>پایگاه داده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder</source>
        <translation>پوشهٔ داده‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crash reports</source>
        <translation>گزارش‌های خرابی</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Uses Qt {0} (LGPL v3), PySide6, SQLAlchemy, ReportLab and the Vazirmatn font (OFL).</source>
        <translation>از Qt {0} (LGPL v3)، PySide6، SQLAlchemy، ReportLab و قلم وزیرمتن (OFL) استفاده می‌کند.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../crm_desktop/ui/mail/accounts.py" line="+62"/>
        <source>Mail account</source>
        <translation>حساب ایمیل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None (local only)</source>
        <translation>بدون رمزنگاری (فقط محلی)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Store the password in a private file (readable only by you, not encrypted)</source>
        <translation>نگه‌داری گذرواژه در یک فایل خصوصی (فقط برای شما خواندنی، رمزنگاری‌نشده)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;List the server&apos;s folders</source>
        <translation>&amp;فهرست پوشه‌های سرور</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only messages involving known contacts</source>
        <translation>فقط پیام‌های مربوط به مخاطبان شناخته‌شده</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All messages</source>
        <translation>همهٔ پیام‌ها</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;نشانی:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;SMTP server:</source>
        <translation>سرور &amp;SMTP:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP &amp;port:</source>
        <translation>&amp;درگاه SMTP:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP s&amp;ecurity:</source>
        <translation>&amp;امنیت SMTP:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>نام &amp;کاربری:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;گذرواژه:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;IMAP server:</source>
        <translation>سرور &amp;IMAP:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMAP p&amp;ort:</source>
        <translation>د&amp;رگاه IMAP:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMAP se&amp;curity:</source>
        <translation>ا&amp;منیت IMAP:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folders:</source>
        <translation>&amp;پوشه‌ها:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tore:</source>
        <translation>ذ&amp;خیره:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password is kept in the system keyring.</source>
        <translation>گذرواژه در جاکلیدی سیستم نگه‌داری می‌شود.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No system keyring is available on this computer to keep the password safely.</source>
        <translation>روی این رایانه جاکلیدی سیستمی برای نگه‌داری امن گذرواژه وجود ندارد.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Default</source>
        <translation>پیش‌فرض</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(unchanged)</source>
        <translation>(بدون تغییر)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Saving…</source>
        <translation>در حال ذخیره…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the IMAP server first.</source>
        <translation>ابتدا سرور IMAP را وارد کنید.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type the password first.</source>
        <translation>ابتدا گذرواژه را وارد کنید.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Listing folders…</source>
        <translation>در حال دریافت فهرست پوشه‌ها…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No system keyring is available to keep the password safely. Install one (for example GNOME Keyring or KWallet), or tick “Store the password in a private file” below: {0}</source>
        <translation>جاکلیدی سیستمی برای نگه‌داری امن گذرواژه وجود ندارد. یکی نصب کنید (مثلاً GNOME Keyring یا KWallet) یا گزینهٔ «نگه‌داری گذرواژه در یک فایل خصوصی» را در پایین تیک بزنید: {0}</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../crm_desktop/ui/forms/quick_actions.py" line="+102"/>
        <source>Log a call</source>
        <translation>ثبت تماس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a note</source>
        <translation>افزودن یادداشت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a task</source>
        <translation>افزودن وظیفه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a meeting</source>
        <translation>ثبت جلسه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a fax</source>
        <translation>ثبت فکس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log an SMS</source>
        <translation>ثبت پیامک</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Subject</source>
        <translation>&amp;موضوع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Due</source>
        <translation>&amp;سررسید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low</source>
        <translation>پایین</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normal</source>
        <translation>عادی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>High</source>
        <translation>بالا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Priority</source>
        <translation>&amp;اولویت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;When</source>
        <translation>&amp;زمان</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duration</source>
        <translation>&amp;مدت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interested</source>
        <translation>علاقه‌مند</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No answer</source>
        <translation>پاسخ نداد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call back</source>
        <translation>تماس مجدد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not interested</source>
        <translation>علاقه‌ای ندارد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Outcome</source>
        <translation>&amp;نتیجه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notes</source>
        <translation>&amp;یادداشت‌ها</translation>
    </message>
</context>
<context>
    <name>AgendaList</name>
    <message>
        <location filename="../crm_desktop/ui/calendar/agenda.py" line="+30"/>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>مکان</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No appointments in this period.</source>
        <translation>در این دوره قراری نیست.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All day</source>
        <translation>تمام روز</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../crm_desktop/ui/forms/appointment_form.py" line="+67"/>
        <source>Delete a repeating appointment</source>
        <translation>حذف قرار تکراری</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change a repeating appointment</source>
        <translation>ویرایش قرار تکراری</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This appointment repeats. Which occurrences?</source>
        <translation>این قرار تکرار می‌شود. کدام دفعات؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only this one</source>
        <translation>فقط همین یکی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This and the following</source>
        <translation>این و دفعات بعدی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All of them</source>
        <translation>همهٔ دفعات</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete appointment</source>
        <translation>حذف قرار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move {0} to the Trash?</source>
        <translation>{0} به سطل زباله منتقل شود؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this appointment</source>
        <translation>این قرار</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Title</source>
        <translation>&amp;عنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All &amp;day</source>
        <translation>تمام &amp;روز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No fixed time</source>
        <translation>بدون ساعت مشخص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts</source>
        <translation>&amp;شروع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends</source>
        <translation>&amp;پایان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;zone</source>
        <translation>&amp;منطقهٔ زمانی</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;People</source>
        <translation>ا&amp;فراد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a company…</source>
        <translation>جستجوی شرکت…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find an opportunity…</source>
        <translation>جستجوی فرصت فروش…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Company</source>
        <translation>&amp;شرکت</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Opportunity</source>
        <translation>&amp;فرصت فروش</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reminder</source>
        <translation>&amp;یادآوری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;peats</source>
        <translation>ت&amp;کرار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>&amp;یادداشت‌ها</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Starts at {0} on this computer&apos;s clock ({1})</source>
        <translation>شروع ساعت {0} به وقت این رایانه ({1})</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>New appointment</source>
        <translation>قرار جدید</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Appointment</source>
        <translation>قرار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>appointment</source>
        <translation>قرار</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Saving…</source>
        <translation>در حال ذخیره…</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>&amp;Location</source>
        <translation>&amp;مکان</translation>
    </message>
    <message>
        <location filename="../crm_desktop/ui/forms/appointment_fields.py" line="+119"/>
        <source>{0} minutes before</source>
        <translation>{0} دقیقه قبل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At the start</source>
        <translation>هنگام شروع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 hour before</source>
        <translation>یک ساعت قبل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 hours before</source>
        <translation>دو ساعت قبل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day before</source>
        <translation>یک روز قبل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 days before</source>
        <translation>دو روز قبل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reminder</source>
        <translation>بدون یادآوری</translation>
    </message>
</context>
<context>
    <name>ArchiveExport</name>
    <message>
        <location filename="../crm_desktop/ui/import_wizard.py" line="+562"/>
        <source>Export archive</source>
        <translation>خروجی بایگانی</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only an administrator can export the full archive while the office requires passwords.</source>
        <translation>تا وقتی وارد کردن گذرواژه در دفتر الزامی است، فقط مدیر سیستم می‌تواند بایگانی کامل را خروجی بگیرد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ZIP archive (*.zip)</source>
        <translation>بایگانی ZIP (*.zip)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing the archive…</source>
        <translation>در حال نوشتن بایگانی…</translation>
    </message>
</context>
<context>
    <name>AttendeesEditor</name>
    <message>
        <location filename="../crm_desktop/ui/forms/appointment_fields.py" line="+81"/>
        <source>Add a person: type a name…</source>
        <translation>افزودن فرد: نامش را بنویسید…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../crm_desktop/ui/backup_dialog.py" line="+56"/>
        <source>{0} cannot be read: {1}</source>
        <translation>{0} خوانده نمی‌شود: {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} is not a Rafiq CRM backup (not an SQLite database file).</source>
        <translation>{0} پشتیبان Rafiq CRM نیست (فایل پایگاه دادهٔ SQLite نیست).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} is damaged ({1}); choose another backup.</source>
        <translation>{0} آسیب دیده است ({1})؛ پشتیبان دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Backups</source>
        <translation>پشتیبان‌ها</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;پشتیبان‌گیری اکنون…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from a file…</source>
        <translation>&amp;بازیابی از یک فایل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the &amp;selected backup…</source>
        <translation>بازیابی پشتیبان &amp;انتخاب‌شده…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This database is on a PostgreSQL server: back it up with pg_dump on the server (see the README). “Back up now” still writes a complete copy to an SQLite file you can open or restore.</source>
        <translation>این پایگاه داده روی سرور PostgreSQL است: با pg_dump روی سرور از آن پشتیبان بگیرید (README را ببینید). «پشتیبان‌گیری اکنون» همچنان یک نسخهٔ کامل در فایل SQLite می‌نویسد که می‌توانید باز یا بازیابی کنید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic backups of {0}, one a day, the newest {1} kept:</source>
        <translation>پشتیبان‌های خودکار {0}، روزی یکی، {1} مورد جدیدتر نگه داشته می‌شود:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{0} KB</source>
        <translation>{0} کیلوبایت</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No automatic backup yet (one is made at the first start of each day).</source>
        <translation>هنوز پشتیبان خودکاری نیست (در نخستین اجرای هر روز یکی ساخته می‌شود).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Back up to</source>
        <translation>پشتیبان‌گیری در</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backing up…</source>
        <translation>در حال پشتیبان‌گیری…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore from</source>
        <translation>بازیابی از</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace everything in this database with the backup {0}? A copy of the current data is kept next to the database file. Rafiq CRM closes afterwards; everyone else working in this file must start it again too.</source>
        <translation>همهٔ محتوای این پایگاه داده با پشتیبان {0} جایگزین شود؟ یک نسخه از داده‌های فعلی کنار فایل پایگاه داده نگه داشته می‌شود. Rafiq CRM پس از آن بسته می‌شود؛ هر کس دیگری که با این فایل کار می‌کند نیز باید دوباره آن را اجرا کند.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore</source>
        <translation>بازیابی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restoring…</source>
        <translation>در حال بازیابی…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Backup written to {0}</source>
        <translation>پشتیبان در {0} نوشته شد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> The previous data was kept in {0}.</source>
        <translation> داده‌های قبلی در {0} نگه داشته شد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored.</source>
        <translation>بازیابی شد.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unexpected error: {0}</source>
        <translation>خطای پیش‌بینی‌نشده: {0}</translation>
    </message>
</context>
<context>
    <name>BusinessPage</name>
    <message>
        <location filename="../crm_desktop/ui/first_run.py" line="+251"/>
        <source>Your business</source>
        <translation>کسب‌وکار شما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both can be changed later in Settings; leave them empty to decide later.</source>
        <translation>هر دو را بعداً در تنظیمات می‌توانید تغییر دهید؛ اگر هنوز تصمیم نگرفته‌اید، خالی بگذارید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Business name:</source>
        <translation>&amp;نام کسب‌وکار:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default phone &amp;region:</source>
        <translation>&amp;کشور پیش‌فرض تلفن:</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../crm_desktop/ui/pages/calendar_page.py" line="+52"/>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>هفته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work week</source>
        <translation>هفتهٔ کاری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>فهرست قرارها</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Today</source>
        <translation>&amp;امروز</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous period (Page Up)</source>
        <translation>دورهٔ قبل (Page Up)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next period (Page Down)</source>
        <translation>دورهٔ بعد (Page Down)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Whose appointments to show</source>
        <translation>قرارهای چه کسی نمایش داده شود</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>&amp;چاپ…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>My calendar</source>
        <translation>تقویم من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone</source>
        <translation>همه</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Saving…</source>
        <translation>در حال ذخیره…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The appointment form is not available.</source>
        <translation>فرم قرار ملاقات در دسترس نیست.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Print to PDF</source>
        <translation>چاپ در فایل PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Printing…</source>
        <translation>در حال چاپ…</translation>
    </message>
    <message>
        <location filename="../crm_desktop/ui/calendar/editing.py" line="+36"/>
        <source>Change a repeating appointment</source>
        <translation>تغییر قرار تکرارشونده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change only this occurrence, this and the following ones, or all of them?</source>
        <translation>فقط همین نوبت تغییر کند، این نوبت و نوبت‌های بعدی، یا همهٔ نوبت‌ها؟</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This one</source>
        <translation>فقط همین نوبت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This and following</source>
        <translation>این نوبت و بعدی‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>همه</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../crm_desktop/ui/login_dialog.py" line="+156"/>
        <source>Change my password</source>
        <translation>تغییر گذرواژهٔ من</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Current password:</source>
        <translation>گذرواژهٔ &amp;فعلی:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New password:</source>
        <translation>گذرواژهٔ &amp;جدید:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;تکرار آن:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two new passwords differ.</source>
        <translation>دو گذرواژهٔ جدید یکسان نیستند.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../crm_desktop/ui/import_wizard.py" line="-135"/>
        <source>Check</source>
        <translation>بررسی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole file is read and checked; nothing is saved yet.</source>
        <translation>کل فایل خوانده و بررسی می‌شود؛ هنوز چیزی ذخیره نشده است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;وارد کردن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking…</source>
        <translation>در حال بررسی…</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <location filename="../crm_desktop/ui/pages/companies_page.py" line="+20"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of</source>
        <translation>شرکت مادر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>آخرین تغییر</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tag</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a tag…</source>
        <translation>افزودن برچسب…</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+4"/>
        <source>Add a tag</source>
        <translation>افزودن برچسب</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Tag:</source>
        <translation>برچسب:</translation>
    </message>
</context>
<context>
    <name>CompanyFormDialog</name>
    <message>
        <location filename="../crm_desktop/ui/forms/company_form.py" line="+42"/>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name</source>
        <translation>&amp;نام</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Parent company</source>
        <translation>&amp;شرکت مادر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Industry</source>
        <translation>&amp;صنعت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Website</source>
        <translation>&amp;وب‌سایت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si&amp;ze</source>
        <translation>&amp;اندازه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 11-50 employees</source>
        <translation>مثلاً ۱۱ تا ۵۰ کارمند</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Owner</source>
        <translation>&amp;مسئول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag&amp;s</source>
        <translation>&amp;برچسب‌ها</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Separated by commas</source>
        <translation>با ویرگول جدا کنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;mails</source>
        <translation>&amp;ایمیل‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hones</source>
        <translation>&amp;تلفن‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add&amp;resses</source>
        <translation>&amp;نشانی‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;tes</source>
        <translation>&amp;یادداشت‌ها</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>New company: %1</source>
        <translation>شرکت جدید: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New company</source>
        <translation>شرکت جدید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company: %1</source>
        <translation>شرکت: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>company</source>
        <translation>شرکت</translation>
    </message>
</context>
<context>
    <name>CompanyRelations</name>
    <message>
        <location filename="../crm_desktop/ui/widgets/company_relations.py" line="+109"/>
        <source>People ({0})</source>
        <translation>اشخاص ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>and {0} more</source>
        <translation>و {0} مورد دیگر</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Sub-companies ({0})</source>
        <translation>شرکت‌های زیرمجموعه ({0})</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <location filename="../crm_desktop/ui/mail/compose.py" line="+110"/>
        <source>New message</source>
        <translation>پیام تازه</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name or address; several separated by commas</source>
        <translation>نام یا نشانی؛ چند نشانی را با ویرگول جدا کنید</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save as &amp;template…</source>
        <translation>ذخیره به‌عنوان &amp;الگو…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Formatted text</source>
        <translation>متن &amp;قالب‌بندی‌شده</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attach &amp;file…</source>
        <translation>پیوست &amp;فایل…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach &amp;document…</source>
        <translation>پیوست &amp;سند…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove attachment</source>
        <translation>&amp;حذف پیوست</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;From:</source>
        <translation>&amp;از:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;به:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cc:</source>
        <translation>&amp;رونوشت:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bcc:</source>
        <translation>رونوشت &amp;پنهان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>&amp;موضوع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;mplate:</source>
        <translation>ال&amp;گو:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Send</source>
        <translation>ار&amp;سال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;draft</source>
        <translation>ذخیرهٔ &amp;پیش‌نویس</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+92"/>
        <source>Add a mail account in Settings → Mail first.</source>
        <translation>نخست در تنظیمات ← ایمیل یک حساب ایمیل بیفزایید.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Attach files</source>
        <translation>پیوست فایل‌ها</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(no template)</source>
        <translation>(بدون الگو)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save as template</source>
        <translation>ذخیره به‌عنوان الگو</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Template name:</source>
        <translation>نام الگو:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Saving…</source>
        <translation>در حال ذخیره…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../crm_desktop/ui/forms/conflict_dialog.py" line="+41"/>
        <source>(empty)</source>
        <translation>(خالی)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>خیر</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Changed by someone else</source>
        <translation>تغییر توسط کاربری دیگر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone else saved this %1 while you were editing it. Choose which value to keep for each field that differs. Fields in bold were changed by both of you.</source>
        <translation>کاربر دیگری این %1 را هم‌زمان با ویرایش شما ذخیره کرده است. برای هر فیلدی که فرق دارد، مقداری را که باید بماند انتخاب کنید. فیلدهای پررنگ را هر دو نفر تغییر داده‌اید.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keep mine</source>
        <translation>&amp;نسخهٔ من بماند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take theirs</source>
        <translation>&amp;پذیرش نسخهٔ دیگر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge</source>
        <translation>&amp;ادغام</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Both versions hold the same values.</source>
        <translation>هر دو نسخه مقادیر یکسانی دارند.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your version</source>
        <translation>نسخهٔ شما</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved by someone else</source>
        <translation>ذخیره‌شده توسط دیگری</translation>
    </message>
</context>
<context>
    <name>ContactFormDialog</name>
    <message>
        <location filename="../crm_desktop/ui/forms/contact_form.py" line="+92"/>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pr&amp;efix</source>
        <translation>&amp;عنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Given name</source>
        <translation>&amp;نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Midd&amp;le name</source>
        <translation>نام &amp;میانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Family name</source>
        <translation>نام &amp;خانوادگی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Display name</source>
        <translation>نام &amp;نمایشی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Company</source>
        <translation>&amp;شرکت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Job title</source>
        <translation>&amp;سمت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lifecycle s&amp;tage</source>
        <translation>&amp;مرحلهٔ مشتری</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Owner</source>
        <translation>&amp;مسئول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Birthday</source>
        <translation>&amp;تاریخ تولد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Known</source>
        <translation>مشخص است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So&amp;urce</source>
        <translation>&amp;منبع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag&amp;s</source>
        <translation>&amp;برچسب‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separated by commas</source>
        <translation>با ویرگول جدا کنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;mails</source>
        <translation>&amp;ایمیل‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phones</source>
        <translation>&amp;تلفن‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add&amp;resses</source>
        <translation>&amp;نشانی‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>&amp;یادداشت‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hoto</source>
        <translation>&amp;عکس</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Built from the name parts</source>
        <translation>از بخش‌های نام ساخته می‌شود</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New contact: %1</source>
        <translation>مخاطب جدید: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New contact</source>
        <translation>مخاطب جدید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact: %1</source>
        <translation>مخاطب: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contact</source>
        <translation>مخاطب</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../crm_desktop/ui/pages/contacts_page.py" line="+22"/>
        <source>Lead</source>
        <translation>سرنخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospect</source>
        <translation>مشتری بالقوه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIP</source>
        <translation>مشتری ویژه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>سمت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last contacted</source>
        <translation>آخرین تماس</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Updated</source>
        <translation>آخرین تغییر</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All stages</source>
        <translation>همهٔ مراحل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any owner</source>
        <translation>همهٔ مسئولان</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tag</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any deals</source>
        <translation>همهٔ فرصت‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has an open deal</source>
        <translation>دارای فرصت فروش باز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open deal</source>
        <translation>بدون فرصت فروش باز</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any time</source>
        <translation>هر زمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacted in the last 30 days</source>
        <translation>تماس در ۳۰ روز گذشته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not contacted for 90 days</source>
        <translation>بدون تماس در ۹۰ روز اخیر</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add a tag…</source>
        <translation>افزودن برچسب…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change stage…</source>
        <translation>تغییر مرحله…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change owner…</source>
        <translation>تغییر مسئول…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export selection…</source>
        <translation>خروجی از موارد انتخاب‌شده…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the whole list…</source>
        <translation>خروجی از کل فهرست…</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+4"/>
        <source>Add a tag</source>
        <translation>افزودن برچسب</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Tag:</source>
        <translation>برچسب:</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>Change stage</source>
        <translation>تغییر مرحله</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Stage:</source>
        <translation>مرحله:</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>Change owner</source>
        <translation>تغییر مسئول</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Owner:</source>
        <translation>مسئول:</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+8"/>
        <source>Export selection</source>
        <translation>خروجی از موارد انتخاب‌شده</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export list</source>
        <translation>خروجی فهرست</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exporting contacts…</source>
        <translation>در حال خروجی گرفتن از مخاطبان…</translation>
    </message>
</context>
<context>
    <name>CurrenciesTab</name>
    <message>
        <location filename="../crm_desktop/ui/settings_currencies_tab.py" line="+126"/>
        <source>Use as base currency</source>
        <translation>استفاده به‌عنوان ارز پایه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Base currency:</source>
        <translation>&amp;ارز پایه:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add…</source>
        <translation>افزودن…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rates are entered by you; each is valid from its date until the next one.</source>
        <translation>نرخ‌ها را خودتان وارد می‌کنید؛ هر نرخ از تاریخ خود تا نرخ بعدی معتبر است.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Currency</source>
        <translation>ارز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid from</source>
        <translation>معتبر از</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units per 1 {0}</source>
        <translation>واحد به ازای هر ۱ {0}</translation>
    </message>
</context>
<context>
    <name>CustomFields</name>
    <message>
        <location filename="../crm_desktop/ui/forms/custom_rows.py" line="+41"/>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Known</source>
        <translation>مشخص</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A number</source>
        <translation>عدد</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../crm_desktop/ui/pages/dashboard_page.py" line="+36"/>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunities</source>
        <translation>فرصت‌های فروش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities</source>
        <translation>فعالیت‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointments</source>
        <translation>قرارهای ملاقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translation>ایمیل‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>کاربران</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open pipeline</source>
        <translation>معاملات باز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weighted forecast this month</source>
        <translation>پیش‌بینی وزنی این ماه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won this month</source>
        <translation>برده‌شده در این ماه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate (12 months)</source>
        <translation>نرخ موفقیت (۱۲ ماه)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue tasks</source>
        <translation>کارهای عقب‌افتاده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointments today</source>
        <translation>قرارهای امروز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New contacts this month</source>
        <translation>مخاطبان جدید این ماه</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open pipeline by stage</source>
        <translation>معاملات باز به تفکیک مرحله</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Won per month</source>
        <translation>برده‌شده در هر ماه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activities per user (30 days)</source>
        <translation>فعالیت‌ها به تفکیک کاربر (۳۰ روز)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What this database holds</source>
        <translation>محتوای این پایگاه داده</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{0} open deals</source>
        <translation>{0} معامله باز</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing yet</source>
        <translation>هنوز چیزی نیست</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(nobody)</source>
        <translation>(هیچ‌کس)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not in the totals (no exchange rate): {0}</source>
        <translation>در جمع‌ها نیامده (بدون نرخ ارز): {0}</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../crm_desktop/ui/first_run.py" line="-74"/>
        <source>Where to keep your data</source>
        <translation>داده‌هایتان کجا نگهداری شود</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A &amp;new database on this computer (recommended)</source>
        <translation>پایگاه دادهٔ &amp;جدید روی همین رایانه (پیشنهادی)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An &amp;existing database file</source>
        <translation>&amp;فایل پایگاه دادهٔ موجود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A database file on a &amp;shared folder (several computers)</source>
        <translation>فایل پایگاه داده در &amp;پوشهٔ اشتراکی (چند رایانه)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Postgre&amp;SQL server</source>
        <translation>&amp;سرور PostgreSQL</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Browse…</source>
        <translation>&amp;مرور…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File:</source>
        <translation>&amp;فایل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server &amp;address:</source>
        <translation>&amp;نشانی سرور:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open a database</source>
        <translation>باز کردن پایگاه داده</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database file</source>
        <translation>فایل پایگاه داده</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location line="+13"/>
        <source>Sample data</source>
        <translation>دادهٔ نمونه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fill the new database with sample contacts, companies and deals</source>
        <translation>پایگاه دادهٔ جدید با مخاطبان، شرکت‌ها و فرصت‌های فروش نمونه &amp;پر شود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About 500 contacts in English, Arabic and Persian, to try things out. You can move them to the Trash later.</source>
        <translation>حدود ۵۰۰ مخاطب به انگلیسی، عربی و فارسی برای آزمودن برنامه. بعداً می‌توانید آن‌ها را به سطل زباله منتقل کنید.</translation>
    </message>
</context>
<context>
    <name>DocumentPicker</name>
    <message>
        <location filename="../crm_desktop/ui/mail/documents_picker.py" line="+28"/>
        <source>Attach stored documents</source>
        <translation>پیوست اسناد ذخیره‌شده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by name</source>
        <translation>پالایش بر اساس نام</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{0} KB</source>
        <translation>{0} کیلوبایت</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../crm_desktop/ui/documents/model.py" line="+36"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked to</source>
        <translation>مربوط به</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added by</source>
        <translation>افزوده‌شده توسط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>تاریخ افزودن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>تصویر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document</source>
        <translation>سند Word</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheet</source>
        <translation>صفحه‌گسترده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other file</source>
        <translation>فایل دیگر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal</source>
        <translation>معامله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+140"/>
        <source>{0} bytes</source>
        <translation>{0} بایت</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>{0} KB</source>
        <translation>{0} کیلوبایت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} MB</source>
        <translation>{0} مگابایت</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../crm_desktop/ui/documents/filter_bar.py" line="+20"/>
        <source>Any record</source>
        <translation>هر رکوردی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals</source>
        <translation>معاملات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translation>ایمیل‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not linked</source>
        <translation>بدون ارتباط</translation>
    </message>
    <message>
        <location filename="../crm_desktop/ui/pages/documents_page.py" line="+72"/>
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add files…</source>
        <translation>&amp;افزودن فایل‌ها…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>&amp;باز کردن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save a copy…</source>
        <translation>&amp;ذخیرهٔ یک نسخه…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;name…</source>
        <translation>&amp;تغییر نام…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Versions…</source>
        <translation>&amp;نسخه‌ها…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Letters…</source>
        <translation>&amp;نامه‌ها…</translation>
    </message>
    <message>
        <location filename="../crm_desktop/ui/documents/filter_bar.py" line="+17"/>
        <source>Filter by title or file name…</source>
        <translation>فیلتر بر اساس عنوان یا نام فایل…</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Choose a record…</source>
        <translation>انتخاب رکورد…</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Show the documents of every record</source>
        <translation>نمایش اسناد همهٔ رکوردها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All types</source>
        <translation>همهٔ انواع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anyone</source>
        <translation>هر کسی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../crm_desktop/ui/pages/documents_page.py" line="+32"/>
        <source>Drop files here to attach them.</source>
        <translation>فایل‌ها را برای پیوست اینجا رها کنید.</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n سند</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Attach to</source>
        <translation>پیوست به</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which record should the files belong to?</source>
        <translation>این فایل‌ها به کدام رکورد تعلق دارند؟</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+24"/>
        <source>Add files</source>
        <translation>افزودن فایل‌ها</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attaching files…</source>
        <translation>در حال پیوست فایل‌ها…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Save a copy</source>
        <translation>ذخیرهٔ یک نسخه</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <source>Rename</source>
        <translation>تغییر نام</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Title:</source>
        <translation>عنوان:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Move {0} to the Trash?</source>
        <translation>{0} به سطل زباله منتقل شود؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../crm_desktop/ui/pages/duplicates_page.py" line="+78"/>
        <source>same email</source>
        <translation>ایمیل یکسان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same phone</source>
        <translation>تلفن یکسان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same website</source>
        <translation>وب‌سایت یکسان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name</source>
        <translation>نام یکسان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same company</source>
        <translation>شرکت یکسان</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>similar name {0}%</source>
        <translation>نام مشابه ({0}٪)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look again</source>
        <translation>جست‌وجوی دوباره</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Score</source>
        <translation>امتیاز شباهت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First</source>
        <translation>اولی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Second</source>
        <translation>دومی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Merge…</source>
        <translation>&amp;ادغام…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not a duplicate</source>
        <translation>&amp;تکراری نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip</source>
        <translation>&amp;رد کردن</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Looking for duplicates…</source>
        <translation>در حال جست‌وجوی موارد تکراری…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not look for duplicates: {0}</source>
        <translation>جست‌وجوی موارد تکراری ممکن نشد: {0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n likely duplicate pair(s)</source>
        <translation>
            <numerusform>%n جفت رکورد احتمالاً تکراری</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No likely duplicates.</source>
        <translation>مورد تکراری محتملی پیدا نشد.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not a duplicate</source>
        <translation>تکراری نیست</translation>
    </message>
</context>
<context>
    <name>EmailsPage</name>
    <message>
        <location filename="../crm_desktop/ui/pages/emails_page.py" line="+86"/>
        <source>All</source>
        <translation>همه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inbox</source>
        <translation>صندوق ورودی</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+78"/>
        <source>Sent</source>
        <translation>ارسال‌شده</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Outbox</source>
        <translation>صندوق خروجی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drafts</source>
        <translation>پیش‌نویس‌ها</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All contacts</source>
        <translation>همهٔ مخاطبان</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Contact:</source>
        <translation>مخاطب:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>From / To</source>
        <translation>از / به</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no subject)</source>
        <translation>(بدون موضوع)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Queued, %n attempt(s)</source>
        <translation>
            <numerusform>در صف، %n تلاش</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>دریافت‌شده</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New message</source>
        <translation>پیام &amp;تازه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reply</source>
        <translation>&amp;پاسخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forward</source>
        <translation>&amp;بازارسال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send outbox now</source>
        <translation>ار&amp;سال صندوق خروجی اکنون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send this one &amp;now</source>
        <translation>ارسال همین پیام &amp;اکنون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;etch mail</source>
        <translation>&amp;دریافت ایمیل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import .eml/.mbox…</source>
        <translation>&amp;ورود ⁦.eml/.mbox⁩…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;try</source>
        <translation>تلاش &amp;دوباره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>ح&amp;ذف</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>On {0}, {1} wrote:</source>
        <translation>در {0}، {1} نوشت:</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n message(s) sent</source>
        <translation>
            <numerusform>%n پیام ارسال شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n still in the Outbox (see the error there)</source>
        <translation>
            <numerusform>%n پیام هنوز در صندوق خروجی است (خطا را آنجا ببینید)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending…</source>
        <translation>در حال ارسال…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Fetching cancelled: %n new message(s) kept; the next fetch goes on from there</source>
        <translation>
            <numerusform>دریافت لغو شد: %n پیام تازه نگه داشته شد؛ دریافت بعدی از همین‌جا ادامه می‌یابد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n new message(s) fetched</source>
        <translation>
            <numerusform>%n پیام تازه دریافت شد</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>failed: {0}</source>
        <translation>ناموفق: {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fetching mail…</source>
        <translation>در حال دریافت ایمیل…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import mail</source>
        <translation>ورود ایمیل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mail files (*.eml *.mbox *.mbx);;All files (*)</source>
        <translation>فایل‌های ایمیل (*.eml *.mbox *.mbx);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n message(s) imported</source>
        <translation>
            <numerusform>%n پیام وارد شد</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing mail…</source>
        <translation>در حال ورود ایمیل…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete message</source>
        <translation>حذف پیام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move this message to the Trash?</source>
        <translation>این پیام به سطل زباله منتقل شود؟</translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message>
        <location filename="../crm_desktop/ui/import_wizard.py" line="+84"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved {0}</source>
        <translation>در {0} ذخیره شد</translation>
    </message>
</context>
<context>
    <name>FetchBar</name>
    <message>
        <location filename="../crm_desktop/ui/mail/fetch_bar.py" line="+33"/>
        <source>&amp;Cancel fetching</source>
        <translation>&amp;لغو دریافت</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connecting to the mail server…</source>
        <translation>در حال اتصال به سرور ایمیل…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>stopping after this batch…</source>
        <translation>پس از این دسته متوقف می‌شود…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fetching {0} — {1}: {2} of {3} messages</source>
        <translation>دریافت {0} — {1}: {2} از {3} پیام</translation>
    </message>
</context>
<context>
    <name>FieldDialog</name>
    <message>
        <location filename="../crm_desktop/ui/settings_dialog.py" line="+373"/>
        <location line="+40"/>
        <source>Custom field</source>
        <translation>فیلد سفارشی</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>One choice per line</source>
        <translation>هر گزینه در یک سطر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Label:</source>
        <translation>&amp;عنوان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;نوع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choices:</source>
        <translation>&amp;گزینه‌ها:</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../crm_desktop/ui/import_wizard.py" line="-409"/>
        <location line="+23"/>
        <source>Import contacts</source>
        <translation>وارد کردن مخاطبان</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>CSV or tab-separated text, an Excel workbook (.xlsx), or vCards (.vcf).</source>
        <translation>فایل CSV یا متن جداشده با Tab، کتاب‌کار Excel (.xlsx) یا کارت‌های vCard (.vcf).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;مرور…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recognise from the file</source>
        <translation>تشخیص از روی فایل</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File:</source>
        <translation>&amp;فایل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ormat:</source>
        <translation>&amp;قالب:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contacts (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;All files (*)</source>
        <translation>مخاطبان (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;همهٔ فایل‌ها (*)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../crm_desktop/ui/pipeline/filters.py" line="+36"/>
        <source>Any owner</source>
        <translation>هر مسئولی</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any close date</source>
        <translation>هر تاریخ بستنی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closing this month</source>
        <translation>بسته‌شدن در این ماه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closing this quarter</source>
        <translation>بسته‌شدن در این فصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom dates</source>
        <translation>تاریخ‌های دلخواه</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tag</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pipeline:</source>
        <translation>قیف فروش:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter by tag:</source>
        <translation>فیلتر بر اساس برچسب:</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../crm_desktop/ui/first_run.py" line="+59"/>
        <source>Rafiq CRM: first start</source>
        <translation>رفیق CRM: نخستین اجرا</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Preparing the database…</source>
        <translation>در حال آماده‌سازی پایگاه داده…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Adding sample data: {0} {1}</source>
        <translation>افزودن دادهٔ نمونه: {0} {1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database could not be prepared; nothing was saved.</source>
        <translation>آماده‌سازی پایگاه داده ممکن نشد؛ چیزی ذخیره نشد.</translation>
    </message>
</context>
<context>
    <name>ForecastView</name>
    <message>
        <location filename="../crm_desktop/ui/pipeline/forecast_view.py" line="+35"/>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open deals</source>
        <translation>معاملات باز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline</source>
        <translation>در جریان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weighted</source>
        <translation>وزنی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best case</source>
        <translation>بهترین حالت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>قطعی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won deals</source>
        <translation>معاملات برده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>برده‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost deals</source>
        <translation>معاملات از دست رفته</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached</source>
        <translation>رسیده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved on</source>
        <translation>جلو رفته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion</source>
        <translation>نرخ تبدیل</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>By month</source>
        <translation>ماهانه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By quarter</source>
        <translation>فصلی</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Win rate: {0}</source>
        <translation>نرخ موفقیت: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average deal: {0}</source>
        <translation>میانگین معامله: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average sales cycle: {0} days</source>
        <translation>میانگین چرخه فروش: {0} روز</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not in the totals (no exchange rate): {0}</source>
        <translation>در جمع‌ها نیامده (بدون نرخ ارز): {0}</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../crm_desktop/ui/search_popup.py" line="+25"/>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals</source>
        <translation>فرصت‌های فروش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities and notes</source>
        <translation>فعالیت‌ها و یادداشت‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translation>ایمیل‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+130"/>
        <source>Search everything… (Ctrl+K)</source>
        <translation>جست‌وجو در همه‌چیز… (Ctrl+K)</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Search failed: {0}</source>
        <translation>جست‌وجو انجام نشد: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing found.</source>
        <translation>چیزی پیدا نشد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No name starts with that. Type 3 letters to search everything.</source>
        <translation>هیچ نامی با این شروع نمی‌شود. برای جست‌وجو در همه‌چیز ۳ حرف بنویسید.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>More results: keep typing to narrow them</source>
        <translation>نتایج بیشتری هست؛ برای محدود کردن آن‌ها ادامه دهید</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Search the &amp;Trash</source>
        <translation>جست‌وجو در &amp;سطل زباله</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search the Trash…</source>
        <translation>جست‌وجو در سطل زباله…</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../crm_desktop/ui/help.py" line="+24"/>
        <source>Rafiq CRM user guide</source>
        <translation>راهنمای کاربری رفیق CRM</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The user guide cannot be shown: {0}</source>
        <translation>نمایش راهنمای کاربری ممکن نیست: {0}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../crm_desktop/ui/history_dialog.py" line="+35"/>
        <source>Created</source>
        <translation>ایجاد شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>تغییر کرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved to the Trash</source>
        <translation>به سطل زباله رفت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored from the Trash</source>
        <translation>از سطل زباله بازگردانده شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted for good</source>
        <translation>برای همیشه حذف شد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Trash since</source>
        <translation>در سطل زباله از</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom fields</source>
        <translation>فیلدهای سفارشی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo</source>
        <translation>عکس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contacted</source>
        <translation>آخرین تماس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translation>ایمیل‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>تلفن‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses</source>
        <translation>نشانی‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal</source>
        <translation>معامله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment</source>
        <translation>قرار ملاقات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document</source>
        <translation>سند</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Pipeline</source>
        <translation>قیف فروش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrator</source>
        <translation>مدیر</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>خیر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(changed)</source>
        <translation>(تغییر کرد)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(unknown)</source>
        <translation>(نامعلوم)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The history cannot be read: {0}</source>
        <translation>تاریخچه خوانده نمی‌شود: {0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>History of {0}</source>
        <translation>تاریخچهٔ {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>چه کسی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>به</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>چه چیزی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No changes recorded.</source>
        <translation>تغییری ثبت نشده است.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../crm_desktop/ui/import_wizard.py" line="+427"/>
        <source>Import contacts</source>
        <translation>وارد کردن مخاطبان</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../crm_desktop/ui/first_run.py" line="-188"/>
        <source>Welcome to Rafiq CRM</source>
        <translation>به رفیق CRM خوش آمدید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the language and calendar for this computer.</source>
        <translation>زبان و تقویم این رایانه را انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persian (Jalali)</source>
        <translation>شمسی (جلالی)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hijri (tabular)</source>
        <translation>قمری (جدولی)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Calendar:</source>
        <translation>&amp;تقویم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole program switches to this language at the end.</source>
        <translation>در پایان، همهٔ برنامه به این زبان نمایش داده می‌شود.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../crm_desktop/ui/documents/letter_dialog.py" line="+47"/>
        <location line="+179"/>
        <source>Letters</source>
        <translation>نامه‌ها</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Dear {first_name},

…</source>
        <translation>{first_name} عزیز،

…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert a field…</source>
        <translation>درج فیلد…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save template</source>
        <translation>&amp;ذخیرهٔ قالب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete template</source>
        <translation>&amp;حذف قالب</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One &amp;contact:</source>
        <translation>یک &amp;مخاطب:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone with the &amp;tag:</source>
        <translation>همه با &amp;برچسب:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone in the saved &amp;search:</source>
        <translation>همه در &amp;جستجوی ذخیره‌شده:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a contact…</source>
        <translation>انتخاب مخاطب…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Template:</source>
        <translation>قالب:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;itle:</source>
        <translation>&amp;عنوان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Body:</source>
        <translation>&amp;متن:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Make PDF…</source>
        <translation>&amp;ساخت PDF…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New template</source>
        <translation>قالب جدید</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Template saved.</source>
        <translation>قالب ذخیره شد.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Write to</source>
        <translation>نوشتن برای</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a contact first.</source>
        <translation>ابتدا یک مخاطب انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a tag first.</source>
        <translation>ابتدا یک برچسب بنویسید.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write the letter first.</source>
        <translation>ابتدا نامه را بنویسید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save letters as</source>
        <translation>ذخیرهٔ نامه‌ها با نام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Making the letters…</source>
        <translation>در حال ساخت نامه‌ها…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n letter(s) written to {0}</source>
        <translation>
            <numerusform>%n نامه در {0} نوشته شد</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>متن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved search</source>
        <translation>جستجوی ذخیره‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>گیرندگان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>LinkPicker</name>
    <message>
        <location filename="../crm_desktop/ui/forms/appointment_fields.py" line="+54"/>
        <source>Remove the link</source>
        <translation>حذف پیوند</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../crm_desktop/ui/pages/list_page.py" line="+57"/>
        <source>Database</source>
        <translation>پایگاه داده</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by name…</source>
        <translation>جست‌وجو بر اساس نام…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save search…</source>
        <translation>ذخیرهٔ جست‌وجو…</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+3"/>
        <location line="+6"/>
        <source>Save search</source>
        <translation>ذخیرهٔ جست‌وجو</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Set a filter first, then save it.</source>
        <translation>ابتدا فیلتری تنظیم کنید، سپس آن را ذخیره کنید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the smart group:</source>
        <translation>نام گروه هوشمند:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Filter</source>
        <translation>فیلتر</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln رکورد</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+24"/>
        <location line="+21"/>
        <source>Move to Trash</source>
        <translation>انتقال به سطل زباله</translation>
    </message>
    <message numerus="yes">
        <location line="-43"/>
        <source>Move %Ln record(s) to the Trash? You can restore them from there.</source>
        <translation>
            <numerusform>%Ln رکورد به سطل زباله منتقل شود؟ بعداً می‌توانید از همان‌جا بازیابی‌شان کنید.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Moving to the Trash…</source>
        <translation>در حال انتقال به سطل زباله…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saving…</source>
        <translation>در حال ذخیره…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../crm_desktop/ui/login_dialog.py" line="-116"/>
        <source>Log in to Rafiq CRM</source>
        <translation>ورود به Rafiq CRM</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;User:</source>
        <translation>&amp;کاربر:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;گذرواژه:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Log in</source>
        <translation>&amp;ورود</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This office database asks everyone for a password.</source>
        <translation>این پایگاه دادهٔ دفتر از همه گذرواژه می‌خواهد.</translation>
    </message>
</context>
<context>
    <name>MailTab</name>
    <message>
        <location filename="../crm_desktop/ui/mail/accounts.py" line="+21"/>
        <source>&amp;Add account…</source>
        <translation>&amp;افزودن حساب…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Edit…</source>
        <translation>&amp;ویرایش…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>De&amp;lete</source>
        <translation>ح&amp;ذف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passwords are kept in the system keyring, never in the database.</source>
        <translation>گذرواژه‌ها در جاکلیدی سیستم نگه‌داری می‌شوند و هرگز در پایگاه داده نیستند.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No system keyring was found: a password can only be kept in a private file if you choose so.</source>
        <translation>جاکلیدی سیستمی پیدا نشد: گذرواژه فقط در صورتی در یک فایل خصوصی نگه‌داری می‌شود که خودتان انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts are saved at once.</source>
        <translation>حساب‌ها بی‌درنگ ذخیره می‌شوند.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Delete account</source>
        <translation>حذف حساب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the account {0}? Its stored messages stay.</source>
        <translation>حساب {0} حذف شود؟ پیام‌های ذخیره‌شدهٔ آن می‌مانند.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../crm_desktop/ui/main_window.py" line="+43"/>
        <source>Dashboard</source>
        <translation>داشبورد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My tasks</source>
        <translation>وظایف من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline</source>
        <translation>قیف فروش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translation>ایمیل‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trash</source>
        <translation>سطل زباله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates</source>
        <translation>موارد تکراری</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local file</source>
        <translation>فایل محلی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared folder</source>
        <translation>پوشهٔ اشتراکی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>سرور</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rafiq CRM</source>
        <translation>رفیق CRM</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>New &amp;contact…</source>
        <translation>&amp;مخاطب جدید…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New com&amp;pany…</source>
        <translation>&amp;شرکت جدید…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search everything…</source>
        <translation>&amp;جست‌وجو در همه‌چیز…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filter the list…</source>
        <translation>&amp;فیلتر فهرست…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit record…</source>
        <translation>&amp;ویرایش رکورد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to &amp;Trash</source>
        <translation>انتقال به &amp;سطل زباله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;تازه‌سازی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Rafiq CRM</source>
        <translation>&amp;دربارهٔ رفیق CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;guide</source>
        <translation>&amp;راهنمای کاربری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;تنظیمات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;وارد کردن…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;archive…</source>
        <translation>خروجی &amp;بایگانی…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main toolbar</source>
        <translation>نوار ابزار اصلی</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> (read-only)</source>
        <translation> (فقط خواندنی)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no user)</source>
        <translation>(بدون کاربر)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>This result belongs to no contact or company.</source>
        <translation>این نتیجه به هیچ مخاطب یا شرکتی مربوط نیست.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../crm_desktop/ui/import_wizard.py" line="-336"/>
        <source>Which field each column fills</source>
        <translation>هر ستون کدام فیلد را پر می‌کند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestions come from the column names; change any of them.</source>
        <translation>پیشنهادها از نام ستون‌ها گرفته شده‌اند؛ هر کدام را می‌توانید تغییر دهید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>ستون</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Examples</source>
        <translation>نمونه‌ها</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact field</source>
        <translation>فیلد مخاطب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Use preset</source>
        <translation>&amp;استفاده از الگو</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save as &amp;preset…</source>
        <translation>ذخیره به‌عنوان &amp;الگو…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Presets:</source>
        <translation>الگوها:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Save as preset</source>
        <translation>ذخیره به‌عنوان الگو</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preset name:</source>
        <translation>نام الگو:</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../crm_desktop/ui/pages/duplicates_page.py" line="-182"/>
        <location line="+13"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Prefix</source>
        <translation>پیشوند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle name</source>
        <translation>نام میانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>سمت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private</source>
        <translation>خصوصی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent company</source>
        <translation>شرکت مادر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>activities</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deals</source>
        <translation>فرصت فروش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>documents</source>
        <translation>سند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people</source>
        <translation>شخص</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>emails</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>appointments</source>
        <translation>قرار ملاقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>branch companies</source>
        <translation>شرکت زیرمجموعه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>appointment invitations</source>
        <translation>دعوت به قرار ملاقات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>email addresses</source>
        <translation>نشانی ایمیل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone numbers</source>
        <translation>شمارهٔ تلفن</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>Merge duplicates</source>
        <translation>ادغام موارد تکراری</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep this record (the others go to the Trash)</source>
        <translation>این رکورد بماند (بقیه به سطل زباله می‌روند)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Values to keep</source>
        <translation>مقادیری که می‌مانند</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Merge</source>
        <translation>&amp;ادغام</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(empty)</source>
        <translation>(خالی)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Moves to the kept record: {0}</source>
        <translation>به رکورد باقی‌مانده منتقل می‌شود: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>خیر</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+6"/>
        <source>Merge</source>
        <translation>ادغام</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Someone changed these records meanwhile. Check the values again.</source>
        <translation>در این فاصله کسی این رکوردها را تغییر داده است. مقادیر را دوباره بررسی کنید.</translation>
    </message>
</context>
<context>
    <name>MessageViewer</name>
    <message>
        <location filename="../crm_desktop/ui/mail/viewer.py" line="+122"/>
        <source>From:</source>
        <translation>از:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To:</source>
        <translation>به:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cc:</source>
        <translation>رونوشت:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date:</source>
        <translation>تاریخ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>وضعیت:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Plain text</source>
        <translation>متن &amp;ساده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load remote images for this message</source>
        <translation>بارگیری تصاویر بیرونی این پیام</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Save attachment…</source>
        <translation>&amp;ذخیرهٔ پیوست…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(no subject)</source>
        <translation>(بدون موضوع)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{0} KB</source>
        <translation>{0} کیلوبایت</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Waiting in the outbox, %n attempt(s)</source>
        <translation>
            <numerusform>در صندوق خروجی، %n تلاش</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last error: {0}</source>
        <translation>آخرین خطا: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n remote image(s) blocked to protect your privacy.</source>
        <translation>
            <numerusform>%n تصویر بیرونی برای حفظ حریم خصوصی شما مسدود شد.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loading images…</source>
        <translation>در حال بارگیری تصاویر…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>Save attachment</source>
        <translation>ذخیرهٔ پیوست</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot save {0}: {1}</source>
        <translation>ذخیرهٔ {0} ممکن نیست: {1}</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <location filename="../crm_desktop/ui/calendar/monthgrid.py" line="+218"/>
        <source>+{0} more</source>
        <translation>+{0} مورد دیگر</translation>
    </message>
</context>
<context>
    <name>OfficeSecurityBox</name>
    <message>
        <location filename="../crm_desktop/ui/login_dialog.py" line="+113"/>
        <source>Security and Trash</source>
        <translation>امنیت و سطل زباله</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everyone logs in with a &amp;password</source>
        <translation>همه با &amp;گذرواژه وارد می‌شوند</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty the Trash of records deleted more than</source>
        <translation>خالی کردن سطل زباله از رکوردهایی که بیش از</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> days ago, at start</source>
        <translation> روز پیش حذف شده‌اند، هنگام اجرا</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only an administrator can change these settings.</source>
        <translation>فقط مدیر می‌تواند این تنظیمات را تغییر دهد.</translation>
    </message>
</context>
<context>
    <name>OfficeTools</name>
    <message>
        <location filename="../crm_desktop/ui/office_tools.py" line="+49"/>
        <source>Select a contact or a company to see its history.</source>
        <translation>برای دیدن تاریخچه یک مخاطب یا شرکت را انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your password was changed.</source>
        <translation>گذرواژهٔ شما تغییر کرد.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rafiq CRM closes now; start it again to work with the restored data.</source>
        <translation>Rafiq CRM اکنون بسته می‌شود؛ برای کار با داده‌های بازیابی‌شده دوباره آن را اجرا کنید.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore</source>
        <translation>بازیابی</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;History of this record…</source>
        <translation>&amp;تاریخچهٔ این رکورد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent &amp;changes…</source>
        <translation>&amp;تغییرات اخیر…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backups…</source>
        <translation>&amp;پشتیبان‌ها…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change my &amp;password…</source>
        <translation>تغییر &amp;گذرواژهٔ من…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Automatic backup failed: {0}</source>
        <translation>پشتیبان‌گیری خودکار ناموفق بود: {0}</translation>
    </message>
</context>
<context>
    <name>OpportunityForm</name>
    <message>
        <location filename="../crm_desktop/ui/forms/opportunity_form.py" line="+32"/>
        <source>Pipeline</source>
        <translation>قیف فروش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best case</source>
        <translation>بهترین حالت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>قطعی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Omitted</source>
        <translation>کنار گذاشته</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Title</source>
        <translation>&amp;عنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Company</source>
        <translation>&amp;شرکت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontact</source>
        <translation>&amp;مخاطب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pipeline</source>
        <translation>&amp;قیف فروش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>St&amp;age</source>
        <translation>&amp;مرحله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;mount</source>
        <translation>&amp;مبلغ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;urrency</source>
        <translation>&amp;ارز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;robability (%)</source>
        <translation>&amp;احتمال (٪)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xpected close</source>
        <translation>&amp;تاریخ بستن پیش‌بینی‌شده</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Known</source>
        <translation>مشخص</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;wner</source>
        <translation>&amp;مسئول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sour&amp;ce</source>
        <translation>&amp;منبع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next step</source>
        <translation>&amp;گام بعدی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step &amp;date</source>
        <translation>&amp;تاریخ گام بعدی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set</source>
        <translation>تعیین شده</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forecast category</source>
        <translation>&amp;دسته پیش‌بینی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lost reason</source>
        <translation>&amp;دلیل از دست رفتن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;gs</source>
        <translation>&amp;برچسب‌ها</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Separated by commas</source>
        <translation>با ویرگول جدا کنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;tes</source>
        <translation>&amp;یادداشت‌ها</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Details</source>
        <translation>&amp;جزئیات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T&amp;imeline</source>
        <translation>&amp;خط زمانی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>چه کسی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From → to</source>
        <translation>از ← به</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Probability</source>
        <translation>احتمال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage &amp;history</source>
        <translation>&amp;تاریخچه مراحل</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+2"/>
        <source>The amount must be a number such as 1250.50</source>
        <translation>مبلغ باید عددی مانند 1250.50 باشد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The probability must be a whole number from 0 to 100</source>
        <translation>احتمال باید عدد صحیحی از 0 تا 100 باشد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why the deal was lost</source>
        <translation>بنویسید چرا معامله از دست رفت</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>(deleted stage)</source>
        <translation>(مرحله حذف‌شده)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New opportunity: %1</source>
        <translation>فرصت جدید: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New opportunity</source>
        <translation>فرصت جدید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opportunity: %1</source>
        <translation>فرصت: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>opportunity</source>
        <translation>فرصت</translation>
    </message>
</context>
<context>
    <name>OpportunityTable</name>
    <message>
        <location filename="../crm_desktop/ui/pipeline/list_view.py" line="+32"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount ({0})</source>
        <translation>مبلغ ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probability</source>
        <translation>احتمال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close date</source>
        <translation>تاریخ بستن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>{0} (no rate)</source>
        <translation>{0} (بدون نرخ ارز)</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../crm_desktop/ui/import_wizard.py" line="+15"/>
        <source>Contacts you already have</source>
        <translation>مخاطبانی که از قبل دارید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A row is the same person when its email, phone or vCard UID matches a contact.</source>
        <translation>اگر ایمیل، تلفن یا شناسهٔ UID کارت vCard یک سطر با یکی از مخاطبان یکی باشد، آن سطر همان شخص است.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Skip the row: keep the contact as it is</source>
        <translation>&amp;رد کردن سطر: مخاطب همان‌طور که هست بماند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Update the contact: fill in and add what the row brings</source>
        <translation>&amp;به‌روزرسانی مخاطب: جاهای خالی پر و داده‌های سطر افزوده شود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create a new contact anyway</source>
        <translation>&amp;در هر حال مخاطب جدید ساخته شود</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import the valid rows when some rows have problems</source>
        <translation>وقتی برخی سطرها مشکل دارند، سطرهای درست وارد شوند</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Otherwise nothing is imported while any row has a problem.</source>
        <translation>در غیر این صورت، تا وقتی سطری مشکل داشته باشد چیزی وارد نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>PhotoEditor</name>
    <message>
        <location filename="../crm_desktop/ui/widgets/photo_editor.py" line="+75"/>
        <source>Choose image…</source>
        <translation>انتخاب تصویر…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>a photo (%1 KB)</source>
        <translation>عکس (%1 کیلوبایت)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read %1: %2</source>
        <translation>خواندن %1 ممکن نیست: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is larger than 20 MB; choose a photo.</source>
        <translation>حجم فایل بیش از ۲۰ مگابایت است؛ یک عکس انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is not an image that can be read (PNG, JPEG, GIF, BMP, WebP).</source>
        <translation>این فایل تصویری خواندنی نیست (PNG، JPEG، GIF، BMP، WebP).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a photo</source>
        <translation>انتخاب عکس</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>تصویرها (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <location filename="../crm_desktop/ui/pipeline/board.py" line="+98"/>
        <source>&amp;Board</source>
        <translation>&amp;تابلو</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;List</source>
        <translation>&amp;فهرست</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Forecast</source>
        <translation>&amp;پیش‌بینی</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New opportunity…</source>
        <translation>&amp;فرصت جدید…</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>{0} deals, {1}</source>
        <translation>{0} معامله، {1}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open: {0}</source>
        <translation>مجموع باز: {0}</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>… and {0} more</source>
        <translation>… و {0} مورد دیگر</translation>
    </message>
</context>
<context>
    <name>PipelinesTab</name>
    <message>
        <location filename="../crm_desktop/ui/settings_pipelines_tab.py" line="+37"/>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>برنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>از دست رفته</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pipelines</source>
        <translation>قیف‌های فروش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add…</source>
        <translation>افزودن…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename…</source>
        <translation>تغییر نام…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;probability:</source>
        <translation>&amp;احتمال پیش‌فرض:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;نتیجه:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stages (drag to reorder)</source>
        <translation>مراحل (برای تغییر ترتیب بکشید)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Up</source>
        <translation>بالا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>پایین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add stage</source>
        <translation>افزودن مرحله</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+140"/>
        <source>Delete stage</source>
        <translation>حذف مرحله</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Apply</source>
        <translation>اعمال</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>New pipeline</source>
        <translation>قیف فروش جدید</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <location line="+11"/>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Rename pipeline</source>
        <translation>تغییر نام قیف فروش</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New stage</source>
        <translation>مرحله جدید</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The stage “{0}” holds opportunities. Move them to:</source>
        <translation>مرحله «{0}» فرصت‌هایی دارد. آن‌ها را منتقل کنید به:</translation>
    </message>
</context>
<context>
    <name>PointRow</name>
    <message>
        <location filename="../crm_desktop/ui/forms/points_editor.py" line="+168"/>
        <source>Primary</source>
        <translation>اصلی</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Street and number</source>
        <translation>خیابان و پلاک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province / state</source>
        <translation>استان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country (IR, SA, …)</source>
        <translation>کشور (IR، AF، …)</translation>
    </message>
</context>
<context>
    <name>PointsEditor</name>
    <message>
        <location line="+91"/>
        <source>Add email address</source>
        <translation>افزودن ایمیل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add phone number</source>
        <translation>افزودن شمارهٔ تلفن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add address</source>
        <translation>افزودن نشانی</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>work</source>
        <translation>محل کار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>home</source>
        <translation>منزل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mobile</source>
        <translation>همراه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>other</source>
        <translation>سایر</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Label: %1</source>
        <translation>برچسب: %1</translation>
    </message>
</context>
<context>
    <name>PresenceIndicator</name>
    <message>
        <location filename="../crm_desktop/ui/presence_indicator.py" line="+55"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n other(s) working: {0}</source>
        <translation>
            <numerusform>%n نفر دیگر مشغول کار: {0}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} on {1}, process {2}, last seen {3}</source>
        <translation>{0} روی {1}، فرایند {2}، آخرین حضور {3}</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../crm_desktop/ui/documents/preview.py" line="+122"/>
        <source>Choose a document to preview it.</source>
        <translation>برای پیش‌نمایش، یک سند را انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File: {0}</source>
        <translation>فایل: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type: {0}</source>
        <translation>نوع: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size: {0}</source>
        <translation>اندازه: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added: {0}</source>
        <translation>تاریخ افزودن: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added by: {0}</source>
        <translation>افزوده‌شده توسط: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too large to preview; open it to see it.</source>
        <translation>برای پیش‌نمایش بیش از حد بزرگ است؛ برای دیدن، آن را باز کنید.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This image cannot be previewed (damaged or too large).</source>
        <translation>پیش‌نمایش این تصویر ممکن نیست (خراب یا بیش از حد بزرگ).</translation>
    </message>
</context>
<context>
    <name>QuickDialog</name>
    <message>
        <location filename="../crm_desktop/ui/forms/quick_actions.py" line="-46"/>
        <source>Saving…</source>
        <translation>در حال ذخیره…</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <location filename="../crm_desktop/ui/settings_currencies_tab.py" line="-97"/>
        <source>Exchange rate</source>
        <translation>نرخ ارز</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Currency:</source>
        <translation>&amp;ارز:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Valid from:</source>
        <translation>&amp;معتبر از:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Units per 1 {0}:</source>
        <translation>&amp;واحد به ازای هر ۱ {0}:</translation>
    </message>
</context>
<context>
    <name>RecentChangesDialog</name>
    <message>
        <location filename="../crm_desktop/ui/history_dialog.py" line="+9"/>
        <source>Recent changes</source>
        <translation>تغییرات اخیر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>چه کسی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>رکورد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>به</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>چه چیزی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load &amp;older changes</source>
        <translation>بارگذاری تغییرات &amp;قدیمی‌تر</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No changes recorded.</source>
        <translation>تغییری ثبت نشده است.</translation>
    </message>
</context>
<context>
    <name>RecordDetail</name>
    <message>
        <location filename="../crm_desktop/ui/pages/record_detail.py" line="+38"/>
        <source>Choose a record in the list to see everything about it here.</source>
        <translation>یک رکورد را در فهرست انتخاب کنید تا همهٔ اطلاعات آن اینجا نمایش داده شود.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+18"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Owner: {0}</source>
        <translation>مسئول: {0}</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+6"/>
        <source>Attach a file</source>
        <translation>پیوست فایل</translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <location filename="../crm_desktop/ui/forms/form_base.py" line="+218"/>
        <source>Saving…</source>
        <translation>در حال ذخیره…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Someone else moved this record to the Trash; your changes were not saved.</source>
        <translation>کاربر دیگری این رکورد را به سطل زباله منتقل کرده است؛ تغییرات شما ذخیره نشد.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Someone else changed this record. Nothing was saved; save again to compare the versions.</source>
        <translation>کاربر دیگری این رکورد را تغییر داده است. چیزی ذخیره نشد؛ برای مقایسهٔ دو نسخه دوباره ذخیره کنید.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The form now shows the version saved by the other person.</source>
        <translation>اکنون فرم نسخه‌ای را نشان می‌دهد که کاربر دیگر ذخیره کرده است.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Unsaved changes</source>
        <translation>تغییرات ذخیره‌نشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This form has changes that are not saved. Save them?</source>
        <translation>این فرم تغییرات ذخیره‌نشده دارد. ذخیره شوند؟</translation>
    </message>
</context>
<context>
    <name>RecordHeader</name>
    <message>
        <location filename="../crm_desktop/ui/widgets/record_header.py" line="+12"/>
        <source>Log call</source>
        <translation>ثبت تماس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add note</source>
        <translation>یادداشت جدید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add task</source>
        <translation>وظیفهٔ جدید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>تنظیم قرار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New opportunity</source>
        <translation>فرصت فروش جدید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach file</source>
        <translation>پیوست فایل</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Edit…</source>
        <translation>&amp;ویرایش…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;History…</source>
        <translation>&amp;تاریخچهٔ تغییرات…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who changed what in this record, and when</source>
        <translation>چه کسی چه چیزی را در این رکورد و چه زمانی تغییر داد</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../crm_desktop/ui/documents/record_picker.py" line="+28"/>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal</source>
        <translation>معامله</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Part of the name…</source>
        <translation>بخشی از نام…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Record type:</source>
        <translation>&amp;نوع رکورد:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search:</source>
        <translation>&amp;جستجو:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Nothing found.</source>
        <translation>چیزی پیدا نشد.</translation>
    </message>
    <message>
        <location filename="../crm_desktop/ui/widgets/record_picker.py" line="+34"/>
        <source>Type to search…</source>
        <translation>برای جستجو تایپ کنید…</translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message>
        <location filename="../crm_desktop/ui/forms/recurrence_editor.py" line="+137"/>
        <location line="+214"/>
        <source>Does not repeat</source>
        <translation>تکرار نمی‌شود</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Daily</source>
        <translation>روزانه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>هفتگی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>ماهانه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly</source>
        <translation>سالانه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom rule (RRULE)</source>
        <translation>قاعدهٔ دلخواه (RRULE)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every </source>
        <translation>هر </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Never ends</source>
        <translation>بدون پایان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends on</source>
        <translation>پایان در</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends after</source>
        <translation>پایان پس از</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> times</source>
        <translation> بار</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Skip this day</source>
        <translation>حذف این روز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped days:</source>
        <translation>روزهای مستثنا:</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>On the same date ({0})</source>
        <translation>در همان تاریخ ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the first {0}</source>
        <translation>اولین {0} ماه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the second {0}</source>
        <translation>دومین {0} ماه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the third {0}</source>
        <translation>سومین {0} ماه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the fourth {0}</source>
        <translation>چهارمین {0} ماه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the last {0}</source>
        <translation>آخرین {0} ماه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On day {0} of each Persian month</source>
        <translation>روز {0} هر ماه شمسی</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>day(s)</source>
        <translation>روز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>week(s)</source>
        <translation>هفته</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>month(s)</source>
        <translation>ماه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year(s)</source>
        <translation>سال</translation>
    </message>
</context>
<context>
    <name>RecurrenceErrors</name>
    <message>
        <location filename="../crm_desktop/ui/forms/appointment_form.py" line="-106"/>
        <source>the rule needs FREQ (e.g. FREQ=WEEKLY)</source>
        <translation>قاعده به FREQ نیاز دارد (مثلاً FREQ=WEEKLY)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FREQ={0} is not supported</source>
        <translation>FREQ={0} پشتیبانی نمی‌شود</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a rule ends after a count or on a day, not both</source>
        <translation>قاعده یا پس از چند بار تمام می‌شود یا در یک روز مشخص، نه هر دو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a valid RRULE: {0}</source>
        <translation>RRULE معتبر نیست: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one RRULE only (no RDATE/EXRULE sets)</source>
        <translation>فقط یک RRULE (بدون RDATE/EXRULE)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the rule produces no occurrence within {0} years of the start</source>
        <translation>این قاعده تا {0} سال پس از شروع هیچ نوبتی نمی‌سازد</translation>
    </message>
    <message>
        <location line="+247"/>
        <source>the last day is before the first one</source>
        <translation>روز پایان پیش از روز شروع است</translation>
    </message>
</context>
<context>
    <name>ReminderCenter</name>
    <message>
        <location filename="../crm_desktop/ui/reminders.py" line="+137"/>
        <source>Rafiq CRM reminders</source>
        <translation>یادآوری‌های رفیق CRM</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reminder</source>
        <translation>یادآوری</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reminders</source>
        <translation>یادآوری‌ها</translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <location line="-118"/>
        <source>Reminders</source>
        <translation>یادآوری‌ها</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dismiss all</source>
        <translation>بستن همهٔ یادآوری‌ها</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0} earlier reminders are not listed</source>
        <translation>{0} یادآوری قبلی نمایش داده نشده است</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Missed</source>
        <translation>از دست رفته</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snooze</source>
        <translation>تعویق</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} minutes</source>
        <translation>{0} دقیقه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dismiss</source>
        <translation>بستن یادآوری</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../crm_desktop/ui/import_wizard.py" line="+113"/>
        <source>Import</source>
        <translation>وارد کردن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save report as CSV…</source>
        <translation>&amp;ذخیرهٔ گزارش به‌صورت CSV…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing…</source>
        <translation>در حال وارد کردن…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>contact {0}</source>
        <translation>مخاطب {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done. </source>
        <translation>انجام شد. </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save report</source>
        <translation>ذخیرهٔ گزارش</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report could not be saved: {0}</source>
        <translation>گزارش ذخیره نشد: {0}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../crm_desktop/ui/pages/reports_page.py" line="+61"/>
        <source>Contact directory</source>
        <translation>فهرست مخاطبان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact or company profile</source>
        <translation>پروندهٔ مخاطب یا شرکت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities per user</source>
        <translation>فعالیت‌ها به تفکیک کاربر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment agenda</source>
        <translation>برنامهٔ قرارهای ملاقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task list</source>
        <translation>فهرست وظایف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales pipeline and forecast</source>
        <translation>قیف فروش و پیش‌بینی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible duplicates</source>
        <translation>موارد تکراری احتمالی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persian (Jalali)</source>
        <translation>شمسی (جلالی)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hijri</source>
        <translation>هجری قمری</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Arabic or Persian &amp;digits</source>
        <translation>&amp;ارقام فارسی یا عربی</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No logo</source>
        <translation>بدون لوگو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;مرور…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Calendar:</source>
        <translation>&amp;تقویم:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logo:</source>
        <translation>لوگو:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preview</source>
        <translation>&amp;پیش‌نمایش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;ذخیرهٔ PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open PDF</source>
        <translation>&amp;باز کردن PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Filters</source>
        <translation>فیلترها</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>(anyone)</source>
        <translation>(هر کسی)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(any)</source>
        <translation>(هر مرحله)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead</source>
        <translation>سرنخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospect</source>
        <translation>مشتری بالقوه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIP</source>
        <translation>مشتری ویژه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Job title</source>
        <translation>سمت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>آخرین تماس</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Tag:</source>
        <translation>&amp;برچسب:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <location line="+10"/>
        <source>&amp;Owner:</source>
        <translation>&amp;مسئول:</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>&amp;Stage:</source>
        <translation>&amp;مرحله:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved &amp;search:</source>
        <translation>&amp;جستجوی ذخیره‌شده:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Col&amp;umns:</source>
        <translation>&amp;ستون‌ها:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Part of the name, then Enter</source>
        <translation>بخشی از نام، سپس Enter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Profile of:</source>
        <translation>&amp;پروندهٔ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Find:</source>
        <translation>&amp;یافتن:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Record:</source>
        <translation>&amp;رکورد:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <location line="+3"/>
        <location line="+7"/>
        <source>(everyone)</source>
        <translation>(همه)</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>&amp;From:</source>
        <translation>&amp;از:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;To:</source>
        <translation>&amp;تا:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;User:</source>
        <translation>&amp;کاربر:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation>هفته</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Period:</source>
        <translation>&amp;دوره:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Date:</source>
        <translation>&amp;تاریخ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Assigned to:</source>
        <translation>&amp;مسئول انجام:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Pipeline:</source>
        <translation>&amp;قیف فروش:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Records:</source>
        <translation>&amp;رکوردها:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lowest &amp;score:</source>
        <translation>&amp;کمترین امتیاز:</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Logo for the reports</source>
        <translation>لوگوی گزارش‌ها</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>تصویرها (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the report</source>
        <translation>ذخیرهٔ گزارش</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Making the report…</source>
        <translation>در حال تهیهٔ گزارش…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Laying out page {0}…</source>
        <translation>در حال چیدن صفحهٔ {0}…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report was not made: {0}</source>
        <translation>گزارش تهیه نشد: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}: {1} pages, {2} rows, written to {3}</source>
        <translation>{0}: {1} صفحه، {2} ردیف، ذخیره در {3}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No preview on this computer (it needs Qt&apos;s PDF module or poppler&apos;s pdftoppm). The PDF is ready: use Open PDF to see it.</source>
        <translation>پیش‌نمایش در این رایانه در دسترس نیست (به ماژول PDF در Qt یا ابزار pdftoppm از poppler نیاز دارد). فایل PDF آماده است: برای دیدنش «باز کردن PDF» را بزنید.</translation>
    </message>
</context>
<context>
    <name>ServiceErrors</name>
    <message>
        <location filename="../crm_desktop/ui/error_text.py" line="+35"/>
        <source>is required</source>
        <translation>الزامی است و نمی‌تواند خالی بماند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be text</source>
        <translation>باید متن باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains a NUL character, which cannot be stored</source>
        <translation>نویسه‌ای از نوع NUL دارد که ذخیره‌شدنی نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too long ({0} characters; at most {1})</source>
        <translation>بیش از حد طولانی است ({0} نویسه؛ حداکثر {1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be yes or no</source>
        <translation>باید بله یا خیر باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too large</source>
        <translation>مقدار بیش از حد بزرگ است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a whole number</source>
        <translation>باید عدد صحیح باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a number</source>
        <translation>باید عدد باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a finite number</source>
        <translation>باید عددی متناهی باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a positive number</source>
        <translation>باید عددی مثبت باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must not be negative</source>
        <translation>نمی‌تواند منفی باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a number</source>
        <translation>{0} عدد نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a date (use YYYY-MM-DD)</source>
        <translation>{0} تاریخ معتبری نیست (به شکل YYYY-MM-DD بنویسید)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a date and time (use ISO 8601, e.g. 2026-01-31T09:30+03:30)</source>
        <translation>{0} تاریخ و ساعت معتبری نیست (به شکل ISO 8601، مثلاً 2026-01-31T09:30+03:30)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a date and time</source>
        <translation>باید تاریخ و ساعت باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs a time zone</source>
        <translation>منطقهٔ زمانی لازم است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a valid email address: more than 64 characters before the @</source>
        <translation>{0} نشانی ایمیل معتبری نیست: بیش از ۶۴ نویسه پیش از @</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a valid email address: {1}</source>
        <translation>{0} نشانی ایمیل معتبری نیست: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a valid phone number (include the country code, e.g. +98, or set the default phone region)</source>
        <translation>{0} شمارهٔ تلفن معتبری نیست (پیش‌شمارهٔ کشور مثل ‎+98 را بنویسید یا منطقهٔ پیش‌فرض تلفن را در تنظیمات انتخاب کنید)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} is not a valid phone number{1}</source>
        <translation>{0} شمارهٔ تلفن معتبری نیست{1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be one of {0}</source>
        <translation>باید یکی از این‌ها باشد: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose one of {0}</source>
        <translation>یکی از این‌ها را انتخاب کنید: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: choose from {1}</source>
        <translation>{0}: از میان {1} انتخاب کنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a field of a {0}</source>
        <translation>از فیلدهای {0} نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a field of {0}</source>
        <translation>از فیلدهای {0} نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a field of a contact</source>
        <translation>از فیلدهای مخاطب نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refers to {0} {1}, which does not exist</source>
        <translation>به {0} {1} اشاره دارد که وجود ندارد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move the {0} to the Trash before purging it</source>
        <translation>پیش از حذف همیشگی، {0} را به سطل زباله منتقل کنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot filter {0}s by {1}</source>
        <translation>نمی‌توان {0} را بر اساس {1} فیلتر کرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is managed by the application and cannot be set</source>
        <translation>را خود برنامه تعیین می‌کند و قابل تنظیم نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} has no list</source>
        <translation>{0} فهرستی ندارد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} cannot be sorted by {1}</source>
        <translation>{0} را نمی‌توان بر اساس {1} مرتب کرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a company filter</source>
        <translation>فیلتری برای شرکت‌ها نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a contact filter</source>
        <translation>فیلتری برای مخاطبان نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a filter of {0}</source>
        <translation>فیلتری برای {0} نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a set of named filters</source>
        <translation>باید مجموعه‌ای از فیلترهای نام‌دار باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a record id (a positive whole number)</source>
        <translation>باید شناسهٔ رکورد باشد (عدد صحیح مثبت)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose a saved record to see its history</source>
        <translation>برای دیدن تاریخچه، رکوردی ذخیره‌شده انتخاب کنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be between 1 and 10,000</source>
        <translation>باید بین ۱ تا ۱۰٬۰۰۰ باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a whole number of days, 0 or more</source>
        <translation>باید تعداد روز به عدد صحیح باشد، صفر یا بیشتر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} has no Trash; use one of {1}</source>
        <translation>{0} سطل زباله ندارد؛ یکی از این‌ها را به کار ببرید: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a list of choices</source>
        <translation>باید فهرستی از گزینه‌ها باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a choice field needs at least one choice</source>
        <translation>فیلد چندگزینه‌ای دست‌کم به یک گزینه نیاز دارد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be lower-case a-z, 0-9 and _, start with a letter, at most {0} characters</source>
        <translation>فقط حروف کوچک لاتین a-z، رقم 0-9 و _، با یک حرف شروع شود و حداکثر {0} نویسه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only choice fields have choices</source>
        <translation>فقط فیلدهای چندگزینه‌ای گزینه دارند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most {0} choices ({1} given)</source>
        <translation>حداکثر {0} گزینه ({1} گزینه وارد شده)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is already used by another {1} field</source>
        <translation>{0} پیش‌تر برای فیلد دیگری از {1} به کار رفته است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is already used by another field; try again</source>
        <translation>پیش‌تر برای فیلد دیگری به کار رفته است؛ دوباره تلاش کنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a whole number, 0 or more</source>
        <translation>باید عدد صحیح، صفر یا بیشتر باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not one of the choices ({1})</source>
        <translation>{0} جزو گزینه‌ها نیست ({1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must map field keys to values</source>
        <translation>باید کلید هر فیلد را به مقدارش نسبت دهد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>field key {0} must be text</source>
        <translation>کلید فیلد {0} باید متن باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be stored: use text, a number or yes/no</source>
        <translation>ذخیره‌شدنی نیست: متن، عدد یا بله/خیر وارد کنید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a contact needs a name, an email address or a phone number</source>
        <translation>مخاطب باید نام، ایمیل یا شمارهٔ تلفن داشته باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a two-letter ISO country code, e.g. IR, SA, DE</source>
        <translation>باید کد دوحرفی ISO کشور باشد، مثل IR، SA، DE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be image bytes</source>
        <translation>باید تصویر باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a PNG, JPEG, GIF, BMP or WebP image</source>
        <translation>باید تصویر PNG، JPEG، GIF، BMP یا WebP باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is {0} bytes; at most {1}</source>
        <translation>حجمش {0} بایت است؛ حداکثر {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a list</source>
        <translation>باید فهرست باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has {0} entries; at most {1}</source>
        <translation>{0} مورد دارد؛ حداکثر {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a list of at most {0} contact ids</source>
        <translation>باید فهرستی از حداکثر {0} شناسهٔ مخاطب باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no contact with id {0}</source>
        <translation>مخاطبی با شناسهٔ {0} وجود ندارد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a company cannot be its own parent, directly or through others</source>
        <translation>شرکت نمی‌تواند شرکت مادر خودش باشد، چه مستقیم و چه از راه شرکت‌های دیگر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is already taken</source>
        <translation>{0} پیش‌تر گرفته شده است</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be 1 (low), 2 (normal) or 3 (high)</source>
        <translation>باید ۱ (کم)، ۲ (عادی) یا ۳ (زیاد) باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be between 0 and 44640 minutes</source>
        <translation>باید بین ۰ تا ۴۴۶۴۰ دقیقه باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must not be before the start</source>
        <translation>نمی‌تواند پیش از شروع باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be between 0 and 86400 minutes</source>
        <translation>باید بین ۰ تا ۸۶۴۰۰ دقیقه باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a list of ISO date-times with a zone</source>
        <translation>باید فهرستی از تاریخ و ساعت‌های ISO همراه با منطقهٔ زمانی باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a known time zone (e.g. Asia/Tehran)</source>
        <translation>{0} منطقهٔ زمانی شناخته‌شده‌ای نیست (مثل Asia/Tehran)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be an iCalendar RRULE such as FREQ=WEEKLY;BYDAY=MO</source>
        <translation>باید قاعدهٔ تکرار iCalendar (RRULE) باشد، مثل FREQ=WEEKLY;BYDAY=MO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activity {0} is not a task</source>
        <translation>فعالیت {0} وظیفه نیست</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be after the start of the range</source>
        <translation>باید پس از آغاز بازه باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not an occurrence of this series</source>
        <translation>{0} از نوبت‌های این سری نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be after the start (the appointment has no length)</source>
        <translation>باید پس از شروع باشد (قرار ملاقات مدتی ندارد)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a changed occurrence of a series cannot repeat itself</source>
        <translation>نوبت تغییریافته از یک سری نمی‌تواند خودش تکرار شود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a repeat in the Persian calendar is monthly (FREQ=MONTHLY), with INTERVAL, COUNT or UNTIL</source>
        <translation>تکرار در تقویم شمسی فقط ماهانه است (FREQ=MONTHLY)، با INTERVAL، COUNT یا UNTIL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a repeat in the Persian calendar is monthly (FREQ=MONTHLY), with INTERVAL, COUNT or UNTIL ({0} cannot be used)</source>
        <translation>تکرار در تقویم شمسی فقط ماهانه است (FREQ=MONTHLY)، با INTERVAL، COUNT یا UNTIL ({0} را نمی‌توان به کار برد)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INTERVAL and COUNT must be 1 or more</source>
        <translation>INTERVAL و COUNT باید ۱ یا بیشتر باشند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a monthly repeat in the Persian calendar needs an end (a number of times or a last day) within {0} years</source>
        <translation>تکرار ماهانه در تقویم شمسی باید پایان داشته باشد (تعداد دفعات یا روز آخر) و حداکثر تا {0} سال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a monthly repeat in the Persian calendar can last at most {0} years; end it sooner</source>
        <translation>تکرار ماهانه در تقویم شمسی حداکثر {0} سال طول می‌کشد؛ پایان آن را زودتر بگذارید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a monthly repeat in the Persian calendar can last at most {0} years; repeat fewer times</source>
        <translation>تکرار ماهانه در تقویم شمسی حداکثر {0} سال طول می‌کشد؛ تعداد دفعات را کمتر کنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is more than five years after the start; check the year</source>
        <translation>بیش از پنج سال پس از شروع است؛ سال را بررسی کنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must not be before --from</source>
        <translation>نمی‌تواند پیش از ‎--from باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than {0} periods: check the dates</source>
        <translation>بیش از {0} دوره: تاریخ‌ها را بررسی کنید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be between 0 and 100</source>
        <translation>باید بین ۰ تا ۱۰۰ باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a stage cannot be both won and lost</source>
        <translation>مرحله نمی‌تواند هم موفق باشد و هم ناموفق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose a stage (the database has no pipeline yet)</source>
        <translation>یک مرحله انتخاب کنید (پایگاه داده هنوز قیف فروش ندارد)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>belongs to another pipeline</source>
        <translation>متعلق به قیف فروش دیگری است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a three-letter ISO 4217 code such as IRR, SAR, EUR</source>
        <translation>باید کد سه‌حرفی ISO 4217 باشد، مثل IRR، SAR، EUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a three-letter ISO 4217 code</source>
        <translation>باید کد سه‌حرفی ISO 4217 باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must not be empty</source>
        <translation>نمی‌تواند خالی باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is longer than {0} characters</source>
        <translation>بیش از {0} نویسه است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a whole number between 0 and 100</source>
        <translation>باید عدد صحیحی بین ۰ تا ۱۰۰ باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give every stage of the pipeline exactly once</source>
        <translation>هر مرحلهٔ قیف فروش را دقیقاً یک بار بیاورید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose another existing stage</source>
        <translation>مرحلهٔ موجود دیگری انتخاب کنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a stage of the same pipeline</source>
        <translation>باید مرحله‌ای از همین قیف فروش باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is implausibly large (more than 10^15 minor units): check the digits</source>
        <translation>مبلغ به‌طور نامعقولی بزرگ است (بیش از 10^15 واحد خُرد): رقم‌ها را بررسی کنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a currency this app knows</source>
        <translation>{0} ارزی نیست که برنامه بشناسد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a currency this app knows (e.g. IRR, SAR, EUR, USD)</source>
        <translation>{0} ارزی نیست که برنامه بشناسد (مثل IRR، SAR، EUR، USD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is implausibly large: units of the currency per one base unit</source>
        <translation>به‌طور نامعقولی بزرگ است: تعداد واحد این ارز به ازای یک واحد از ارز پایه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is more than {1} years away: check the year</source>
        <translation>{0} بیش از {1} سال فاصله دارد: سال را بررسی کنید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be &apos;in&apos; or &apos;out&apos;</source>
        <translation>باید دریافتی (in) یا ارسالی (out) باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this message is already stored</source>
        <translation>این پیام پیش‌تر ذخیره شده است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the template cannot be filled: {0}</source>
        <translation>قالب را نمی‌توان پر کرد: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least one recipient address is needed</source>
        <translation>دست‌کم یک نشانی گیرنده لازم است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no password is stored for {0}</source>
        <translation>گذرواژه‌ای برای {0} ذخیره نشده است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the message has no mail account with an SMTP server</source>
        <translation>پیام حساب ایمیلی با سرور SMTP ندارد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} has no IMAP server to fetch from</source>
        <translation>حساب {0} سرور IMAP برای دریافت ایمیل ندارد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no password is stored for {0} ({1})</source>
        <translation>گذرواژه‌ای برای {0} ({1}) ذخیره نشده است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a port number (1 to 65535)</source>
        <translation>{0} شمارهٔ درگاه نیست (۱ تا ۶۵۵۳۵)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a port number</source>
        <translation>{0} شمارهٔ درگاه نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most {0} folders</source>
        <translation>حداکثر {0} پوشه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a folder name</source>
        <translation>{0} نام پوشهٔ معتبری نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a server name</source>
        <translation>{0} نام سرور معتبری نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a template needs a name</source>
        <translation>قالب باید نام داشته باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is {1} bytes; at most {2}</source>
        <translation>حجم {0}، {1} بایت است؛ حداکثر {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} cannot be read: {1}</source>
        <translation>{0} خوانده نمی‌شود: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} changed while it was being attached; try again</source>
        <translation>{0} هنگام پیوست شدن تغییر کرد؛ دوباره تلاش کنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} grew while it was being attached; try again</source>
        <translation>حجم {0} هنگام پیوست شدن بیشتر شد؛ دوباره تلاش کنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} could not be read to the end: {1}</source>
        <translation>{0} تا انتها خوانده نشد: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attach to one of {0}</source>
        <translation>به یکی از این‌ها پیوست کنید: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is larger than the limit of {1} MB</source>
        <translation>حجم {0} بیش از سقف مجاز ({1} مگابایت) است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document {0} was not found</source>
        <translation>سند {0} پیدا نشد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no contact matches the saved search: nobody to write to</source>
        <translation>هیچ مخاطبی با جستجوی ذخیره‌شده جور نیست: نامه‌ای برای نوشتن نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none of the chosen contacts exists any more: nobody to write to</source>
        <translation>هیچ‌یک از مخاطبان انتخاب‌شده دیگر وجود ندارد: نامه‌ای برای نوشتن نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letter template {0} was not found</source>
        <translation>قالب نامهٔ {0} پیدا نشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the output file {0} should end in .pdf</source>
        <translation>نام فایل خروجی {0} باید به ‎.pdf ختم شود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is a folder; give a file name ending in .pdf</source>
        <translation>{0} یک پوشه است؛ نام فایلی بدهید که به ‎.pdf ختم شود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} exists and is read-only</source>
        <translation>فایل {0} وجود دارد و فقط‌خواندنی است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write a file in {0}: {1}</source>
        <translation>نوشتن فایل در {0} ممکن نیست: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write {0}: {1}</source>
        <translation>نوشتن {0} ممکن نیست: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the PDF could not be written completely</source>
        <translation>فایل PDF به‌طور کامل نوشته نشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the logo file {0} does not exist</source>
        <translation>فایل لوگو {0} وجود ندارد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the logo {0} is not an image that can be printed; use a PNG or JPEG file</source>
        <translation>لوگو {0} تصویری قابل چاپ نیست؛ از فایل PNG یا JPEG استفاده کنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the logo {0} is an empty image</source>
        <translation>لوگو {0} تصویری خالی است</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a record cannot be a duplicate of itself</source>
        <translation>رکورد نمی‌تواند تکراری خودش باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only contacts and companies can be merged</source>
        <translation>فقط مخاطبان و شرکت‌ها را می‌توان ادغام کرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose at least two records to merge</source>
        <translation>دست‌کم دو رکورد برای ادغام انتخاب کنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most {0} records at once</source>
        <translation>حداکثر {0} رکورد در هر بار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be one of the records being merged</source>
        <translation>باید یکی از رکوردهای در حال ادغام باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has the same value in every record</source>
        <translation>در همهٔ رکوردها مقدار یکسانی دارد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record {0} is not being merged</source>
        <translation>رکورد {0} در این ادغام نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record {0} is not one of the records being merged</source>
        <translation>رکورد {0} جزو رکوردهای در حال ادغام نیست</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose a database file</source>
        <translation>یک فایل پایگاه داده انتخاب کنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is a folder; choose a file inside it</source>
        <translation>{0} یک پوشه است؛ فایلی درون آن انتخاب کنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a Rafiq CRM database (not an SQLite file)</source>
        <translation>{0} پایگاه دادهٔ رفیق CRM نیست (فایل SQLite نیست)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} does not exist</source>
        <translation>{0} وجود ندارد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} already exists: choose “Open an existing file” to use it</source>
        <translation>{0} از قبل وجود دارد: برای استفاده از آن «باز کردن فایل موجود» را انتخاب کنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder {0} does not exist</source>
        <translation>پوشهٔ {0} وجود ندارد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder {0} is not writable</source>
        <translation>در پوشهٔ {0} نمی‌توان نوشت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter the server address, e.g. postgresql://user@host/crm</source>
        <translation>نشانی سرور را وارد کنید، مثلاً postgresql://user@host/crm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a valid address ({0})</source>
        <translation>نشانی معتبری نیست ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must start with postgresql:// (only PostgreSQL servers are supported)</source>
        <translation>باید با postgresql://‎ شروع شود (فقط سرورهای PostgreSQL پشتیبانی می‌شوند)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>names no server: postgresql://user@host/crm</source>
        <translation>نام سرور در آن نیست: postgresql://user@host/crm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>names no database: add it after the server, e.g. …/crm</source>
        <translation>نام پایگاه داده در آن نیست: آن را پس از سرور بنویسید، مثلاً ‎…/crm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use the two-letter country code, e.g. IR, SA, DE</source>
        <translation>کد دوحرفی کشور را بنویسید، مثل IR، SA، DE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a known country code</source>
        <translation>{0} کد کشور شناخته‌شده‌ای نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use the three-letter currency code, e.g. EUR, IRR, SAR</source>
        <translation>کد سه‌حرفی ارز را بنویسید، مثل IRR، EUR، SAR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a single line</source>
        <translation>باید در یک سطر باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose a database file or enter a server address</source>
        <translation>یک فایل پایگاه داده انتخاب کنید یا نشانی سرور را وارد کنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer yes or no</source>
        <translation>بله یا خیر پاسخ دهید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the import is at step {0}, not {1}</source>
        <translation>درون‌بُرد در مرحلهٔ {0} است، نه {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose a file to import</source>
        <translation>فایلی برای درون‌بُرد انتخاب کنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a contact field</source>
        <translation>{0} از فیلدهای مخاطب نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose a contact field for at least one column</source>
        <translation>دست‌کم برای یک ستون، فیلدی از مخاطب انتخاب کنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no preset called {0}</source>
        <translation>پیش‌تنظیمی با نام {0} وجود ندارد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give the preset a name of 1 to {0} characters</source>
        <translation>برای پیش‌تنظیم نامی بین ۱ تا {0} نویسه بگذارید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be auto, dmy or mdy</source>
        <translation>باید auto، dmy (روز/ماه/سال) یا mdy (ماه/روز/سال) باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same email {0} as contact {1}</source>
        <translation>ایمیل {0} مانند مخاطب {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same phone {0} as contact {1}</source>
        <translation>تلفن {0} مانند مخاطب {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same uid {0} as contact {1}</source>
        <translation>شناسهٔ {0} مانند مخاطب {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same email {0} as an earlier row of this file</source>
        <translation>ایمیل {0} مانند یکی از سطرهای قبلی همین فایل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same phone {0} as an earlier row of this file</source>
        <translation>تلفن {0} مانند یکی از سطرهای قبلی همین فایل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same uid {0} as an earlier row of this file</source>
        <translation>شناسهٔ {0} مانند یکی از سطرهای قبلی همین فایل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be contacts or companies</source>
        <translation>باید مخاطبان یا شرکت‌ها باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard holds contacts only</source>
        <translation>vCard فقط مخاطبان را نگه می‌دارد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown {0}; choose from {1}</source>
        <translation>ناشناخته: {0}؛ از میان {1} انتخاب کنید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must have at least {0} characters</source>
        <translation>باید دست‌کم {0} نویسه داشته باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least one active administrator must remain</source>
        <translation>دست‌کم یک مدیر فعال باید بماند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a whole number of days between 1 and {0}</source>
        <translation>باید عددی صحیح از روزها بین ۱ و {0} باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set your own password first, so that you can still log in</source>
        <translation>ابتدا گذرواژهٔ خودتان را تعیین کنید تا بتوانید همچنان وارد شوید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no user with id {0}</source>
        <translation>کاربری با شناسهٔ {0} وجود ندارد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not your current password</source>
        <translation>گذرواژهٔ فعلی شما نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only an administrator can change users and office settings</source>
        <translation>فقط مدیر می‌تواند کاربران و تنظیمات دفتر را تغییر دهد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your user account was deactivated or removed by an administrator; nothing was saved. Ask an administrator, then start Rafiq CRM again</source>
        <translation>حساب کاربری شما را مدیر غیرفعال یا حذف کرده است؛ چیزی ذخیره نشد. با مدیر تماس بگیرید و سپس Rafiq CRM را دوباره اجرا کنید</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>wrong login or password</source>
        <translation>نام کاربری یا گذرواژه نادرست است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this user has no password yet; ask an administrator to set one</source>
        <translation>این کاربر هنوز گذرواژه ندارد؛ از مدیر بخواهید یکی تعیین کند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this user account is deactivated; ask an administrator</source>
        <translation>این حساب کاربری غیرفعال است؛ با مدیر تماس بگیرید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} {1} was not found</source>
        <translation>{0} {1} پیدا نشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} {1} was changed by someone else since you opened it (you edited version {2}, the database has version {3})</source>
        <translation>از وقتی {0} {1} را باز کردید، کس دیگری آن را تغییر داده است (شما نسخهٔ {2} را ویرایش کردید، پایگاه داده نسخهٔ {3} را دارد)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} {1} was changed by someone else since you opened it</source>
        <translation>از وقتی {0} {1} را باز کردید، کس دیگری آن را تغییر داده است</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../crm_desktop/ui/settings_dialog.py" line="-323"/>
        <location line="+57"/>
        <location line="+194"/>
        <location line="+28"/>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location line="-275"/>
        <source>&amp;General</source>
        <translation>&amp;عمومی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Office</source>
        <translation>&amp;کسب‌وکار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom &amp;fields</source>
        <translation>&amp;فیلدهای سفارشی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Users</source>
        <translation>&amp;کاربران</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database</source>
        <translation>&amp;پایگاه داده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pipelines</source>
        <translation>&amp;قیف‌های فروش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currenc&amp;ies</source>
        <translation>&amp;ارزها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mail</source>
        <translation>ا&amp;یمیل</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persian (Jalali)</source>
        <translation>شمسی (جلالی)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hijri (tabular)</source>
        <translation>قمری (جدولی)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persian or Arabic digits (۱۲۳ / ١٢٣)</source>
        <translation>ارقام فارسی (۱۲۳)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latin digits (123)</source>
        <translation>ارقام لاتین (123)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Calendar:</source>
        <translation>&amp;تقویم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Digits:</source>
        <translation>&amp;ارقام:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digits apply to Arabic and Persian; every field accepts any digits when typing. </source>
        <translation>انتخاب ارقام فقط در فارسی و عربی اثر دارد؛ هنگام تایپ، هر فیلد همهٔ ارقام را می‌پذیرد. </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language and calendar changes apply the next time you start Rafiq CRM.</source>
        <translation>تغییر زبان و تقویم از اجرای بعدی رفیق CRM اعمال می‌شود.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Business name:</source>
        <translation>&amp;نام کسب‌وکار:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default phone &amp;region:</source>
        <translation>&amp;کشور پیش‌فرض تلفن:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base c&amp;urrency:</source>
        <translation>&amp;واحد پول پایه:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These settings are shared by everyone who opens this database. </source>
        <translation>این تنظیمات برای همهٔ کسانی که این پایگاه داده را باز می‌کنند یکسان است. </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The phone region reads numbers typed without a country code.</source>
        <translation>کشور پیش‌فرض تلفن برای شماره‌هایی به کار می‌رود که بدون پیش‌شمارهٔ کشور وارد شوند.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add…</source>
        <translation>&amp;افزودن…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;ویرایش…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fields &amp;for:</source>
        <translation>فیلدهای &amp;مربوط به:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes to custom fields are saved at once.</source>
        <translation>تغییر فیلدهای سفارشی بی‌درنگ ذخیره می‌شود.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Login</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+106"/>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+106"/>
        <source>Administrator</source>
        <translation>مدیر سیستم</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Add &amp;user</source>
        <translation>افزودن &amp;کاربر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;This computer&apos;s user:</source>
        <translation>&amp;کاربر این رایانه:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ogin:</source>
        <translation>&amp;نام کاربری:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display &amp;name:</source>
        <translation>نام &amp;نمایشی:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;نقش:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a user</source>
        <translation>افزودن کاربر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Used the next time Rafiq CRM starts on this computer.</source>
        <translation>از اجرای بعدی رفیق CRM روی این رایانه به کار می‌رود.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Local file</source>
        <translation>فایل محلی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared folder</source>
        <translation>پوشهٔ اشتراکی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server</source>
        <translation>سرور</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file is on a &amp;shared folder used by several computers</source>
        <translation>فایل در &amp;پوشهٔ اشتراکی است و چند رایانه از آن استفاده می‌کنند</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open another…</source>
        <translation>&amp;باز کردن فایل دیگر…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create new…</source>
        <translation>&amp;ساختن فایل جدید…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (shared)</source>
        <translation> (اشتراکی)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open now:</source>
        <translation>باز است:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;فایل:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;PostgreSQL server:</source>
        <translation>&amp;سرور PostgreSQL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recent:</source>
        <translation>&amp;اخیر:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A server address, when filled in, is used instead of the file. </source>
        <translation>اگر نشانی سرور وارد شود، به‌جای فایل از آن استفاده می‌شود. </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switching takes effect the next time you start Rafiq CRM.</source>
        <translation>تغییر پایگاه داده از اجرای بعدی رفیق CRM اعمال می‌شود.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Custom fields</source>
        <translation>فیلدهای سفارشی</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>عدد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choice</source>
        <translation>گزینه‌ای</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete the field “{0}”? Values already entered are kept and come back if the field is added again.</source>
        <translation>فیلد «{0}» حذف شود؟ مقادیری که وارد شده‌اند نگه داشته می‌شوند و اگر این فیلد دوباره افزوده شود، برمی‌گردند.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Delete field</source>
        <translation>حذف فیلد</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Users</source>
        <translation>کاربران</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (inactive)</source>
        <translation> (غیرفعال)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only an administrator can add users.</source>
        <translation>فقط مدیر سیستم می‌تواند کاربر اضافه کند.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add user</source>
        <translation>افزودن کاربر</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rafiq CRM database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>پایگاه دادهٔ رفیق CRM (*.sqlite3 *.sqlite *.db);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database file</source>
        <translation>فایل پایگاه داده</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The new language and calendar apply the next time you start Rafiq CRM.</source>
        <translation>زبان و تقویم جدید از اجرای بعدی رفیق CRM اعمال می‌شوند.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rafiq CRM will open {0} the next time it starts.</source>
        <translation>رفیق CRM در اجرای بعدی، پایگاه دادهٔ {0} را باز می‌کند.</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../crm_desktop/ui/import_wizard.py" line="-319"/>
        <source>How the file is written</source>
        <translation>فایل چگونه نوشته شده است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that names and letters look right in the preview.</source>
        <translation>در پیش‌نمایش بررسی کنید که نام‌ها و حروف درست نمایش داده شوند.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comma</source>
        <translation>ویرگول</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Semicolon</source>
        <translation>نقطه‌ویرگول</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tab</source>
        <translation>جدول‌بندی (Tab)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first row holds the column &amp;names</source>
        <translation>سطر اول &amp;نام ستون‌ها را دارد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recognise</source>
        <translation>تشخیص خودکار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day/month/year</source>
        <translation>روز/ماه/سال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month/day/year</source>
        <translation>ماه/روز/سال</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;کدگذاری:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Separator:</source>
        <translation>&amp;جداکننده:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;heet:</source>
        <translation>&amp;برگه:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dates:</source>
        <translation>&amp;تاریخ‌ها:</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../crm_desktop/ui/pages/tasks_page.py" line="+64"/>
        <source>Edit task</source>
        <translation>ویرایش وظیفه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;No due date</source>
        <translation>&amp;بدون سررسید</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Saving…</source>
        <translation>در حال ذخیره…</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location line="+21"/>
        <location line="+61"/>
        <source>My tasks</source>
        <translation>وظایف من</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>&amp;Mine</source>
        <translation>&amp;وظایف من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Everyone&apos;s</source>
        <translation>وظایف &amp;همه</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New task…</source>
        <translation>وظیفهٔ &amp;جدید…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Done</source>
        <translation>انجام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linked to</source>
        <translation>مربوط به</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assignee</source>
        <translation>انجام‌دهنده</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No open tasks. Add one here or from a contact&apos;s page.</source>
        <translation>وظیفهٔ بازی ندارید. از اینجا یا از صفحهٔ یک مخاطب وظیفه اضافه کنید.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Overdue ({0})</source>
        <translation>عقب‌افتاده ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today ({0})</source>
        <translation>امروز ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upcoming ({0})</source>
        <translation>پیش رو ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No date ({0})</source>
        <translation>بدون تاریخ ({0})</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Low</source>
        <translation>پایین</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normal</source>
        <translation>عادی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>High</source>
        <translation>بالا</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tick when done</source>
        <translation>پس از انجام، تیک بزنید</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Someone else changed the task {0} meanwhile. It was reloaded; please check it and try again.</source>
        <translation>در این فاصله کاربر دیگری وظیفهٔ {0} را تغییر داده است. وظیفه دوباره بارگذاری شد؛ لطفاً آن را بررسی کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task changed</source>
        <translation>وظیفه تغییر کرده است</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complete task</source>
        <translation>انجام وظیفه</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../crm_desktop/ui/widgets/timeline_view.py" line="+29"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>تماس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>وظیفه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax</source>
        <translation>فکس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>پیامک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment</source>
        <translation>قرار ملاقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>سند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal</source>
        <translation>فرصت فروش</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open</source>
        <translation>باز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>won</source>
        <translation>موفق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Everything</source>
        <translation>همه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing here yet. Use the buttons above to log a call, add a note or a task.</source>
        <translation>هنوز چیزی ثبت نشده است. با دکمه‌های بالا تماس، یادداشت یا وظیفه ثبت کنید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show older items</source>
        <translation>نمایش موارد قدیمی‌تر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{0} bytes</source>
        <translation>{0} بایت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From {0}</source>
        <translation>از {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent from {0}</source>
        <translation>ارسال از {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} min</source>
        <translation>{0} دقیقه</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../crm_desktop/ui/pages/trash_page.py" line="+35"/>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunity</source>
        <translation>فرصت فروش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment</source>
        <translation>قرار ملاقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>سند</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+63"/>
        <source>Trash</source>
        <translation>سطل زباله</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>All types</source>
        <translation>همهٔ انواع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Type:</source>
        <translation>&amp;نوع:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore</source>
        <translation>&amp;بازیابی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete for good…</source>
        <translation>&amp;حذف همیشگی…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Empty trash…</source>
        <translation>&amp;خالی کردن سطل زباله…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted at</source>
        <translation>زمان حذف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted by</source>
        <translation>حذف‌کننده</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Trash is empty. Records you delete wait here until you restore them or delete them for good.</source>
        <translation>سطل زباله خالی است. رکوردهایی که حذف می‌کنید تا زمان بازیابی یا حذف همیشگی اینجا می‌مانند.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>(unknown)</source>
        <translation>(نامشخص)</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%Ln deleted record(s)</source>
        <translation>
            <numerusform>%Ln رکورد حذف‌شده</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+26"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Restore</source>
        <translation>بازیابی</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+17"/>
        <source>Delete for good</source>
        <translation>حذف همیشگی</translation>
    </message>
    <message numerus="yes">
        <location line="-15"/>
        <source>Delete %Ln record(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>%Ln رکورد برای همیشه حذف شود؟ این کار برگشت‌پذیر نیست.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+11"/>
        <location line="+5"/>
        <source>Empty trash</source>
        <translation>خالی کردن سطل زباله</translation>
    </message>
    <message numerus="yes">
        <location line="-11"/>
        <source>Delete all %Ln record(s) in the Trash for good, of every type? This cannot be undone.</source>
        <translation>
            <numerusform>همهٔ %Ln رکورد سطل زباله، از هر نوع، برای همیشه حذف شوند؟ این کار برگشت‌پذیر نیست.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Some records could not be changed; the list was reloaded.</source>
        <translation>برخی رکوردها تغییر نکردند؛ فهرست دوباره بارگذاری شد.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../crm_desktop/ui/login_dialog.py" line="-109"/>
        <location line="+3"/>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Administrator</source>
        <translation>مدیر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Active (may log in and save)</source>
        <translation>&amp;فعال (می‌تواند وارد شود و ذخیره کند)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave empty to keep the current password</source>
        <translation>برای نگه داشتن گذرواژهٔ فعلی خالی بگذارید</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Display &amp;name:</source>
        <translation>&amp;نام نمایشی:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ogin:</source>
        <translation>نام &amp;کاربری:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;نقش:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;password:</source>
        <translation>&amp;گذرواژهٔ جدید:</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>&amp;Edit user…</source>
        <translation>&amp;ویرایش کاربر…</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../crm_desktop/ui/documents/versions.py" line="+35"/>
        <source>Versions of {0}</source>
        <translation>نسخه‌های {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save a copy…</source>
        <translation>&amp;ذخیرهٔ یک نسخه…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Version {0} · {1} · {2}</source>
        <translation>نسخهٔ {0} · {1} · {2}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save a copy</source>
        <translation>ذخیرهٔ یک نسخه</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved {0}</source>
        <translation>ذخیره شد: {0}</translation>
    </message>
</context>
<context>
    <name>_RunningPage</name>
    <message>
        <location filename="../crm_desktop/ui/import_wizard.py" line="+172"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line</source>
        <translation>سطر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{0} rows read…</source>
        <translation>{0} سطر خوانده شد…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancelled. Nothing was imported; the database is as it was.</source>
        <translation>لغو شد. چیزی وارد نشد و پایگاه داده همان‌طور که بود ماند.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>problem</source>
        <translation>مشکل</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>new</source>
        <translation>جدید</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>updated</source>
        <translation>به‌روز شد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>skipped</source>
        <translation>رد شد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} rows: {1} new, {2} updated, {3} skipped as duplicates, {4} with problems</source>
        <translation>{0} سطر: {1} جدید، {2} به‌روزشده، {3} ردشده به‌علت تکرار، {4} دارای مشکل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The import will do this. </source>
        <translation>وارد کردن این کارها را انجام می‌دهد. </translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../crm_desktop/ui/documents/model.py" line="+86"/>
        <source>Unexpected error: {error}</source>
        <translation>خطای غیرمنتظره: {error}</translation>
    </message>
</context>
</TS>
