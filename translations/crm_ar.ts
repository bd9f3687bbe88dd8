<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../crm_desktop/ui/about.py" line="+20"/>
        <source>About Rafiq CRM</source>
        <translation>حول رفيق CRM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crash reports</source>
        <translation>تقارير الأعطال</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Uses Qt {0} (LGPL v3), PySide6, SQLAlchemy, ReportLab and the Vazirmatn font (OFL).</source>
        <translation>يستخدم Qt {0} (LGPL v3) وPySide6 وSQLAlchemy وReportLab وخط Vazirmatn (OFL).</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../crm_desktop/ui/mail/accounts.py" line="+62"/>
        <source>Mail account</source>
        <translation>حساب البريد</translation>
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
        <translation>بدون تشفير (محلي فقط)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Store the password in a private file (readable only by you, not encrypted)</source>
        <translation>حفظ كلمة المرور في ملف خاص (يقرؤه أنت فقط، غير مشفّر)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;List the server&apos;s folders</source>
        <translation>&amp;عرض مجلدات الخادم</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only messages involving known contacts</source>
        <translation>الرسائل المتعلقة بجهات اتصال معروفة فقط</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All messages</source>
        <translation>جميع الرسائل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;العنوان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;SMTP server:</source>
        <translation>خادم &amp;SMTP:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP &amp;port:</source>
        <translation>&amp;منفذ SMTP:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP s&amp;ecurity:</source>
        <translation>&amp;أمان SMTP:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>اسم الم&amp;ستخدم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;IMAP server:</source>
        <translation>خادم &amp;IMAP:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMAP p&amp;ort:</source>
        <translation>م&amp;نفذ IMAP:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMAP se&amp;curity:</source>
        <translation>أ&amp;مان IMAP:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folders:</source>
        <translation>ال&amp;مجلدات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tore:</source>
        <translation>ال&amp;حفظ:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password is kept in the system keyring.</source>
        <translation>تُحفظ كلمة المرور في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No system keyring is available on this computer to keep the password safely.</source>
        <translation>لا توجد سلسلة مفاتيح للنظام على هذا الحاسوب لحفظ كلمة المرور بأمان.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Default</source>
        <translation>الافتراضي</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(unchanged)</source>
        <translation>(دون تغيير)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the IMAP server first.</source>
        <translation>اكتب خادم IMAP أولاً.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type the password first.</source>
        <translation>اكتب كلمة المرور أولاً.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Listing folders…</source>
        <translation>جارٍ جلب قائمة المجلدات…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No system keyring is available to keep the password safely. Install one (for example GNOME Keyring or KWallet), or tick “Store the password in a private file” below: {0}</source>
        <translation>لا توجد سلسلة مفاتيح للنظام لحفظ كلمة المرور بأمان. ثبّت واحدة (مثل GNOME Keyring أو KWallet)، أو فعّل «حفظ كلمة المرور في ملف خاص» أدناه: {0}</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../crm_desktop/ui/forms/quick_actions.py" line="+102"/>
        <source>Log a call</source>
        <translation>تسجيل مكالمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a task</source>
        <translation>إضافة مهمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a meeting</source>
        <translation>تسجيل اجتماع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a fax</source>
        <translation>تسجيل فاكس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log an SMS</source>
        <translation>تسجيل رسالة نصية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Subject</source>
        <translation>&amp;الموضوع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Due</source>
        <translation>&amp;تاريخ الاستحقاق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normal</source>
        <translation>عادية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Priority</source>
        <translation>&amp;الأولوية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;When</source>
        <translation>&amp;الوقت</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duration</source>
        <translation>&amp;المدة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interested</source>
        <translation>مهتم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No answer</source>
        <translation>لم يرد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call back</source>
        <translation>معاودة الاتصال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not interested</source>
        <translation>غير مهتم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Outcome</source>
        <translation>&amp;النتيجة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notes</source>
        <translation>&amp;ملاحظات</translation>
    </message>
</context>
<context>
    <name>AgendaList</name>
    <message>
        <location filename="../crm_desktop/ui/calendar/agenda.py" line="+30"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No appointments in this period.</source>
        <translation>لا توجد مواعيد في هذه الفترة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All day</source>
        <translation>طوال اليوم</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../crm_desktop/ui/forms/appointment_form.py" line="+67"/>
        <source>Delete a repeating appointment</source>
        <translation>حذف موعد متكرر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change a repeating appointment</source>
        <translation>تعديل موعد متكرر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This appointment repeats. Which occurrences?</source>
        <translation>هذا الموعد متكرر. أيّ المرات تقصد؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only this one</source>
        <translation>هذه المرة فقط</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This and the following</source>
        <translation>هذه المرة وما يليها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All of them</source>
        <translation>كل المرات</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete appointment</source>
        <translation>حذف الموعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move {0} to the Trash?</source>
        <translation>نقل {0} إلى سلة المحذوفات؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this appointment</source>
        <translation>هذا الموعد</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Title</source>
        <translation>&amp;العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All &amp;day</source>
        <translation>طوال ال&amp;يوم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No fixed time</source>
        <translation>بدون وقت محدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts</source>
        <translation>&amp;يبدأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends</source>
        <translation>ي&amp;نتهي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;zone</source>
        <translation>المنطقة ال&amp;زمنية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;People</source>
        <translation>الأ&amp;شخاص</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a company…</source>
        <translation>ابحث عن شركة…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find an opportunity…</source>
        <translation>ابحث عن فرصة بيع…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Company</source>
        <translation>ال&amp;شركة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Opportunity</source>
        <translation>ال&amp;فرصة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reminder</source>
        <translation>الت&amp;ذكير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;peats</source>
        <translation>الت&amp;كرار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>&amp;ملاحظات</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Starts at {0} on this computer&apos;s clock ({1})</source>
        <translation>يبدأ الساعة {0} بتوقيت هذا الجهاز ({1})</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>New appointment</source>
        <translation>موعد جديد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Appointment</source>
        <translation>موعد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>appointment</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>&amp;Location</source>
        <translation>الم&amp;كان</translation>
    </message>
    <message>
        <location filename="../crm_desktop/ui/forms/appointment_fields.py" line="+119"/>
        <source>{0} minutes before</source>
        <translation>قبل {0} دقيقة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At the start</source>
        <translation>عند البدء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 hour before</source>
        <translation>قبل ساعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 hours before</source>
        <translation>قبل ساعتين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day before</source>
        <translation>قبل يوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 days before</source>
        <translation>قبل يومين</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reminder</source>
        <translation>بدون تذكير</translation>
    </message>
</context>
<context>
    <name>ArchiveExport</name>
    <message>
        <location filename="../crm_desktop/ui/import_wizard.py" line="+562"/>
        <source>Export archive</source>
        <translation>تصدير الأرشيف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only an administrator can export the full archive while the office requires passwords.</source>
        <translation>لا يمكن تصدير الأرشيف الكامل إلا لمسؤول النظام ما دامت كلمات المرور مطلوبة في المكتب.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ZIP archive (*.zip)</source>
        <translation>أرشيف ZIP (*.zip)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing the archive…</source>
        <translation>جارٍ كتابة الأرشيف…</translation>
    </message>
</context>
<context>
    <name>AttendeesEditor</name>
    <message>
        <location filename="../crm_desktop/ui/forms/appointment_fields.py" line="+81"/>
        <source>Add a person: type a name…</source>
        <translation>أضف شخصًا: اكتب اسمه…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../crm_desktop/ui/backup_dialog.py" line="+56"/>
        <source>{0} cannot be read: {1}</source>
        <translation>تعذّرت قراءة {0}: {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} is not a Rafiq CRM backup (not an SQLite database file).</source>
        <translation>{0} ليس نسخة احتياطية من Rafiq CRM (ليس ملف قاعدة بيانات SQLite).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} is damaged ({1}); choose another backup.</source>
        <translation>{0} تالف ({1})؛ اختر نسخة احتياطية أخرى.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;نسخ احتياطي الآن…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from a file…</source>
        <translation>&amp;استعادة من ملف…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the &amp;selected backup…</source>
        <translation>استعادة النسخة &amp;المحددة…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This database is on a PostgreSQL server: back it up with pg_dump on the server (see the README). “Back up now” still writes a complete copy to an SQLite file you can open or restore.</source>
        <translation>قاعدة البيانات هذه على خادم PostgreSQL: انسخها احتياطيًا باستخدام pg_dump على الخادم (راجع ملف README). ما زال «نسخ احتياطي الآن» يكتب نسخة كاملة في ملف SQLite يمكنك فتحه أو استعادته.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic backups of {0}, one a day, the newest {1} kept:</source>
        <translation>النسخ الاحتياطية التلقائية لـ {0}، واحدة كل يوم، ويُحتفظ بأحدث {1}:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{0} KB</source>
        <translation>{0} ك.ب</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No automatic backup yet (one is made at the first start of each day).</source>
        <translation>لا توجد نسخة احتياطية تلقائية بعد (تُنشأ واحدة عند أول تشغيل في كل يوم).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Back up to</source>
        <translation>نسخ احتياطي إلى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore from</source>
        <translation>استعادة من</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace everything in this database with the backup {0}? A copy of the current data is kept next to the database file. Rafiq CRM closes afterwards; everyone else working in this file must start it again too.</source>
        <translation>هل تريد استبدال كل ما في قاعدة البيانات هذه بالنسخة الاحتياطية {0}؟ يُحتفظ بنسخة من البيانات الحالية بجانب ملف قاعدة البيانات. سيُغلق Rafiq CRM بعد ذلك، وعلى كل من يعمل على هذا الملف أن يعيد تشغيله أيضًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restoring…</source>
        <translation>جارٍ الاستعادة…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Backup written to {0}</source>
        <translation>كُتبت النسخة الاحتياطية في {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> The previous data was kept in {0}.</source>
        <translation> احتُفظ بالبيانات السابقة في {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored.</source>
        <translation>تمت الاستعادة.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unexpected error: {0}</source>
        <translation>خطأ غير متوقع: {0}</translation>
    </message>
</context>
<context>
    <name>BusinessPage</name>
    <message>
        <location filename="../crm_desktop/ui/first_run.py" line="+251"/>
        <source>Your business</source>
        <translation>نشاطك التجاري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both can be changed later in Settings; leave them empty to decide later.</source>
        <translation>يمكن تغيير كليهما لاحقًا من الإعدادات؛ اتركهما فارغين إن أردت القرار لاحقًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Business name:</source>
        <translation>&amp;اسم النشاط التجاري:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default phone &amp;region:</source>
        <translation>&amp;دولة الهاتف الافتراضية:</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../crm_desktop/ui/pages/calendar_page.py" line="+52"/>
        <source>Day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work week</source>
        <translation>أسبوع العمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>جدول المواعيد</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Today</source>
        <translation>ال&amp;يوم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous period (Page Up)</source>
        <translation>الفترة السابقة (Page Up)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next period (Page Down)</source>
        <translation>الفترة التالية (Page Down)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Whose appointments to show</source>
        <translation>مواعيد من تُعرض</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>My calendar</source>
        <translation>تقويمي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The appointment form is not available.</source>
        <translation>نموذج الموعد غير متاح.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Print to PDF</source>
        <translation>طباعة إلى ملف PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Printing…</source>
        <translation>جارٍ الطباعة…</translation>
    </message>
    <message>
        <location filename="../crm_desktop/ui/calendar/editing.py" line="+36"/>
        <source>Change a repeating appointment</source>
        <translation>تعديل موعد متكرر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change only this occurrence, this and the following ones, or all of them?</source>
        <translation>هل تريد تعديل هذا الموعد فقط، أم هذا الموعد وما يليه، أم جميع المواعيد؟</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This one</source>
        <translation>هذا الموعد فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This and following</source>
        <translation>هذا الموعد وما يليه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>الكل</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../crm_desktop/ui/login_dialog.py" line="+156"/>
        <source>Change my password</source>
        <translation>تغيير كلمة مروري</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Current password:</source>
        <translation>كلمة المرور ال&amp;حالية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New password:</source>
        <translation>كلمة المرور ال&amp;جديدة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>أ&amp;عد كتابتها:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two new passwords differ.</source>
        <translation>كلمتا المرور الجديدتان مختلفتان.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../crm_desktop/ui/import_wizard.py" line="-135"/>
        <source>Check</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole file is read and checked; nothing is saved yet.</source>
        <translation>يُقرأ الملف كله ويُفحص؛ لم يُحفظ شيء بعد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;استيراد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <location filename="../crm_desktop/ui/pages/companies_page.py" line="+20"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of</source>
        <translation>الشركة الأم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>آخر تحديث</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a tag…</source>
        <translation>إضافة وسم…</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+4"/>
        <source>Add a tag</source>
        <translation>إضافة وسم</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Tag:</source>
        <translation>الوسم:</translation>
    </message>
</context>
<context>
    <name>CompanyFormDialog</name>
    <message>
        <location filename="../crm_desktop/ui/forms/company_form.py" line="+42"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name</source>
        <translation>&amp;الاسم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Parent company</source>
        <translation>&amp;الشركة الأم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Industry</source>
        <translation>&amp;القطاع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Website</source>
        <translation>&amp;الموقع الإلكتروني</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si&amp;ze</source>
        <translation>&amp;حجم الشركة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 11-50 employees</source>
        <translation>مثلًا ١١–٥٠ موظفًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Owner</source>
        <translation>&amp;المسؤول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag&amp;s</source>
        <translation>&amp;الوسوم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Separated by commas</source>
        <translation>افصل بينها بفواصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;mails</source>
        <translation>&amp;البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hones</source>
        <translation>&amp;الهواتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add&amp;resses</source>
        <translation>&amp;العناوين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;tes</source>
        <translation>&amp;ملاحظات</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>New company: %1</source>
        <translation>شركة جديدة: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New company</source>
        <translation>شركة جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company: %1</source>
        <translation>الشركة: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>company</source>
        <translation>الشركة</translation>
    </message>
</context>
<context>
    <name>CompanyRelations</name>
    <message>
        <location filename="../crm_desktop/ui/widgets/company_relations.py" line="+109"/>
        <source>People ({0})</source>
        <translation>الأشخاص ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>and {0} more</source>
        <translation>و{0} غيرها</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Sub-companies ({0})</source>
        <translation>الشركات التابعة ({0})</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <location filename="../crm_desktop/ui/mail/compose.py" line="+110"/>
        <source>New message</source>
        <translation>رسالة جديدة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name or address; several separated by commas</source>
        <translation>اسم أو عنوان؛ عدة عناوين تفصلها فواصل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save as &amp;template…</source>
        <translation>حفظ ك&amp;قالب…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Formatted text</source>
        <translation>نص &amp;منسّق</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attach &amp;file…</source>
        <translation>إرفاق &amp;ملف…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach &amp;document…</source>
        <translation>إرفاق م&amp;ستند…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove attachment</source>
        <translation>إ&amp;زالة المرفق</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;From:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;إلى:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cc:</source>
        <translation>&amp;نسخة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bcc:</source>
        <translation>نسخة م&amp;خفية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>ال&amp;موضوع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;mplate:</source>
        <translation>ال&amp;قالب:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Send</source>
        <translation>إر&amp;سال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;draft</source>
        <translation>حفظ م&amp;سودة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+92"/>
        <source>Add a mail account in Settings → Mail first.</source>
        <translation>أضف أولاً حساب بريد من الإعدادات ← البريد.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Attach files</source>
        <translation>إرفاق ملفات</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(no template)</source>
        <translation>(بدون قالب)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save as template</source>
        <translation>حفظ كقالب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Template name:</source>
        <translation>اسم القالب:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../crm_desktop/ui/forms/conflict_dialog.py" line="+41"/>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Changed by someone else</source>
        <translation>عدّله مستخدم آخر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone else saved this %1 while you were editing it. Choose which value to keep for each field that differs. Fields in bold were changed by both of you.</source>
        <translation>حفظ مستخدم آخر هذه %1 أثناء تعديلك لها. اختر القيمة التي تريد الاحتفاظ بها لكل حقل مختلف. الحقول المكتوبة بخط عريض عدّلها كلاكما.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keep mine</source>
        <translation>&amp;الاحتفاظ بنسختي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take theirs</source>
        <translation>&amp;اعتماد النسخة الأخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge</source>
        <translation>&amp;دمج</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Both versions hold the same values.</source>
        <translation>النسختان تحتويان على القيم نفسها.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your version</source>
        <translation>نسختك</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved by someone else</source>
        <translation>ما حفظه المستخدم الآخر</translation>
    </message>
</context>
<context>
    <name>ContactFormDialog</name>
    <message>
        <location filename="../crm_desktop/ui/forms/contact_form.py" line="+92"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pr&amp;efix</source>
        <translation>&amp;اللقب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Given name</source>
        <translation>&amp;الاسم الأول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Midd&amp;le name</source>
        <translation>&amp;الاسم الأوسط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Family name</source>
        <translation>&amp;اسم العائلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Display name</source>
        <translation>&amp;الاسم المعروض</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Company</source>
        <translation>&amp;الشركة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Job title</source>
        <translation>&amp;المسمى الوظيفي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lifecycle s&amp;tage</source>
        <translation>&amp;مرحلة العميل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Owner</source>
        <translation>&amp;المسؤول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Birthday</source>
        <translation>&amp;تاريخ الميلاد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Known</source>
        <translation>معروف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So&amp;urce</source>
        <translation>&amp;المصدر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag&amp;s</source>
        <translation>&amp;الوسوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separated by commas</source>
        <translation>افصل بينها بفواصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;mails</source>
        <translation>&amp;البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phones</source>
        <translation>&amp;الهواتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add&amp;resses</source>
        <translation>&amp;العناوين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>&amp;ملاحظات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hoto</source>
        <translation>ال&amp;صورة</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Built from the name parts</source>
        <translation>يُكوَّن من أجزاء الاسم</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New contact: %1</source>
        <translation>جهة اتصال جديدة: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New contact</source>
        <translation>جهة اتصال جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact: %1</source>
        <translation>جهة الاتصال: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contact</source>
        <translation>جهة الاتصال</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../crm_desktop/ui/pages/contacts_page.py" line="+22"/>
        <source>Lead</source>
        <translation>عميل محتمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospect</source>
        <translation>عميل مرتقب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>عميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIP</source>
        <translation>عميل مميز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>غير نشط</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last contacted</source>
        <translation>آخر تواصل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Updated</source>
        <translation>آخر تحديث</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All stages</source>
        <translation>كل المراحل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any owner</source>
        <translation>كل المسؤولين</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any deals</source>
        <translation>كل الصفقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has an open deal</source>
        <translation>لديه صفقة مفتوحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open deal</source>
        <translation>بلا صفقة مفتوحة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any time</source>
        <translation>أي وقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacted in the last 30 days</source>
        <translation>تم التواصل خلال آخر ٣٠ يومًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not contacted for 90 days</source>
        <translation>لا تواصل منذ ٩٠ يومًا</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add a tag…</source>
        <translation>إضافة وسم…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change stage…</source>
        <translation>تغيير المرحلة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change owner…</source>
        <translation>تغيير المسؤول…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export selection…</source>
        <translation>تصدير المحدد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the whole list…</source>
        <translation>تصدير القائمة كاملة…</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+4"/>
        <source>Add a tag</source>
        <translation>إضافة وسم</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Tag:</source>
        <translation>الوسم:</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>Change stage</source>
        <translation>تغيير المرحلة</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Stage:</source>
        <translation>المرحلة:</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>Change owner</source>
        <translation>تغيير المسؤول</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Owner:</source>
        <translation>المسؤول:</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+8"/>
        <source>Export selection</source>
        <translation>تصدير المحدد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export list</source>
        <translation>تصدير القائمة</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exporting contacts…</source>
        <translation>جارٍ تصدير جهات الاتصال…</translation>
    </message>
</context>
<context>
    <name>CurrenciesTab</name>
    <message>
        <location filename="../crm_desktop/ui/settings_currencies_tab.py" line="+126"/>
        <source>Use as base currency</source>
        <translation>استخدامها عملةً أساسية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Base currency:</source>
        <translation>&amp;العملة الأساسية:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rates are entered by you; each is valid from its date until the next one.</source>
        <translation>أسعار الصرف تُدخلها بنفسك؛ كل سعر يسري من تاريخه حتى السعر التالي.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid from</source>
        <translation>ساري من</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units per 1 {0}</source>
        <translation>وحدات لكل 1 {0}</translation>
    </message>
</context>
<context>
    <name>CustomFields</name>
    <message>
        <location filename="../crm_desktop/ui/forms/custom_rows.py" line="+41"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Known</source>
        <translation>معروف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A number</source>
        <translation>رقم</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../crm_desktop/ui/pages/dashboard_page.py" line="+36"/>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies</source>
        <translation>الشركات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunities</source>
        <translation>فرص البيع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointments</source>
        <translation>المواعيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translation>رسائل البريد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open pipeline</source>
        <translation>الصفقات المفتوحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weighted forecast this month</source>
        <translation>التوقع المرجّح لهذا الشهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won this month</source>
        <translation>الأرباح هذا الشهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate (12 months)</source>
        <translation>نسبة الفوز (12 شهرًا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue tasks</source>
        <translation>مهام متأخرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointments today</source>
        <translation>مواعيد اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New contacts this month</source>
        <translation>جهات اتصال جديدة هذا الشهر</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open pipeline by stage</source>
        <translation>الصفقات المفتوحة حسب المرحلة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Won per month</source>
        <translation>الأرباح شهريًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activities per user (30 days)</source>
        <translation>الأنشطة لكل مستخدم (30 يومًا)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What this database holds</source>
        <translation>محتوى قاعدة البيانات</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{0} open deals</source>
        <translation>{0} صفقات مفتوحة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing yet</source>
        <translation>لا شيء بعد</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(nobody)</source>
        <translation>(لا أحد)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not in the totals (no exchange rate): {0}</source>
        <translation>غير مشمولة في الإجماليات (لا يوجد سعر صرف): {0}</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../crm_desktop/ui/first_run.py" line="-74"/>
        <source>Where to keep your data</source>
        <translation>أين تُحفظ بياناتك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A &amp;new database on this computer (recommended)</source>
        <translation>قاعدة بيانات &amp;جديدة على هذا الحاسوب (مُوصى به)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An &amp;existing database file</source>
        <translation>ملف قاعدة بيانات &amp;موجود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A database file on a &amp;shared folder (several computers)</source>
        <translation>ملف قاعدة بيانات في &amp;مجلد مشترك (عدة حواسيب)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Postgre&amp;SQL server</source>
        <translation>&amp;خادم PostgreSQL</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File:</source>
        <translation>&amp;الملف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server &amp;address:</source>
        <translation>&amp;عنوان الخادم:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open a database</source>
        <translation>فتح قاعدة بيانات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database file</source>
        <translation>ملف قاعدة البيانات</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location line="+13"/>
        <source>Sample data</source>
        <translation>بيانات تجريبية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fill the new database with sample contacts, companies and deals</source>
        <translation>&amp;ملء قاعدة البيانات الجديدة بجهات اتصال وشركات وصفقات تجريبية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About 500 contacts in English, Arabic and Persian, to try things out. You can move them to the Trash later.</source>
        <translation>نحو ٥٠٠ جهة اتصال بالإنجليزية والعربية والفارسية للتجربة. يمكنك نقلها إلى سلة المحذوفات لاحقًا.</translation>
    </message>
</context>
<context>
    <name>DocumentPicker</name>
    <message>
        <location filename="../crm_desktop/ui/mail/documents_picker.py" line="+28"/>
        <source>Attach stored documents</source>
        <translation>إرفاق مستندات محفوظة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by name</source>
        <translation>تصفية حسب الاسم</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{0} KB</source>
        <translation>{0} ك.ب</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../crm_desktop/ui/documents/model.py" line="+36"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked to</source>
        <translation>مرتبط بـ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added by</source>
        <translation>أضافه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>تاريخ الإضافة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>نص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document</source>
        <translation>مستند Word</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheet</source>
        <translation>جدول بيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other file</source>
        <translation>ملف آخر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact</source>
        <translation>جهة اتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>شركة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal</source>
        <translation>صفقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+140"/>
        <source>{0} bytes</source>
        <translation>{0} بايت</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>{0} KB</source>
        <translation>{0} ك.بايت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} MB</source>
        <translation>{0} م.بايت</translation>
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
        <translation>أي سجل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies</source>
        <translation>الشركات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals</source>
        <translation>الصفقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translation>رسائل البريد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not linked</source>
        <translation>غير مرتبط</translation>
    </message>
    <message>
        <location filename="../crm_desktop/ui/pages/documents_page.py" line="+72"/>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add files…</source>
        <translation>&amp;إضافة ملفات…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save a copy…</source>
        <translation>&amp;حفظ نسخة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;name…</source>
        <translation>إعادة ال&amp;تسمية…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Versions…</source>
        <translation>الإ&amp;صدارات…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Letters…</source>
        <translation>&amp;خطابات…</translation>
    </message>
    <message>
        <location filename="../crm_desktop/ui/documents/filter_bar.py" line="+17"/>
        <source>Filter by title or file name…</source>
        <translation>تصفية حسب العنوان أو اسم الملف…</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Choose a record…</source>
        <translation>اختر سجلًا…</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Show the documents of every record</source>
        <translation>عرض مستندات كل السجلات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All types</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anyone</source>
        <translation>أي شخص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../crm_desktop/ui/pages/documents_page.py" line="+32"/>
        <source>Drop files here to attach them.</source>
        <translation>أفلت الملفات هنا لإرفاقها.</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>لا توجد مستندات</numerusform>
            <numerusform>مستند واحد</numerusform>
            <numerusform>مستندان</numerusform>
            <numerusform>%n مستندات</numerusform>
            <numerusform>%n مستندًا</numerusform>
            <numerusform>%n مستند</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Attach to</source>
        <translation>إرفاق بـ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which record should the files belong to?</source>
        <translation>لأي سجل تتبع هذه الملفات؟</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+24"/>
        <source>Add files</source>
        <translation>إضافة ملفات</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attaching files…</source>
        <translation>جارٍ إرفاق الملفات…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Save a copy</source>
        <translation>حفظ نسخة</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <source>Rename</source>
        <translation>إعادة التسمية</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Move {0} to the Trash?</source>
        <translation>نقل {0} إلى سلة المحذوفات؟</translation>
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
        <translation>البريد الإلكتروني نفسه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same phone</source>
        <translation>رقم الهاتف نفسه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same website</source>
        <translation>الموقع الإلكتروني نفسه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name</source>
        <translation>الاسم نفسه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same company</source>
        <translation>الشركة نفسها</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>similar name {0}%</source>
        <translation>اسم مشابه بنسبة {0}٪</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies</source>
        <translation>الشركات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look again</source>
        <translation>البحث مجددًا</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Score</source>
        <translation>درجة التشابه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First</source>
        <translation>الأول</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Second</source>
        <translation>الثاني</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Merge…</source>
        <translation>&amp;دمج…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not a duplicate</source>
        <translation>&amp;ليس مكررًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip</source>
        <translation>&amp;تخطي</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Looking for duplicates…</source>
        <translation>جارٍ البحث عن السجلات المكررة…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not look for duplicates: {0}</source>
        <translation>تعذّر البحث عن السجلات المكررة: {0}</translation>
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
            <numerusform>لا توجد أزواج مكررة محتملة</numerusform>
            <numerusform>زوج واحد مكرر محتمل</numerusform>
            <numerusform>زوجان مكرران محتملان</numerusform>
            <numerusform>%n أزواج مكررة محتملة</numerusform>
            <numerusform>%n زوجًا مكررًا محتملًا</numerusform>
            <numerusform>%n زوج مكرر محتمل</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No likely duplicates.</source>
        <translation>لا توجد سجلات مكررة محتملة.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not a duplicate</source>
        <translation>ليس مكررًا</translation>
    </message>
</context>
<context>
    <name>EmailsPage</name>
    <message>
        <location filename="../crm_desktop/ui/pages/emails_page.py" line="+86"/>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inbox</source>
        <translation>الوارد</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+78"/>
        <source>Sent</source>
        <translation>المرسلة</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Outbox</source>
        <translation>الصادر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drafts</source>
        <translation>المسودات</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All contacts</source>
        <translation>جميع جهات الاتصال</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Contact:</source>
        <translation>جهة الاتصال:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>From / To</source>
        <translation>من / إلى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no subject)</source>
        <translation>(بلا موضوع)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Queued, %n attempt(s)</source>
        <translation>
            <numerusform>في الانتظار، بلا محاولات</numerusform>
            <numerusform>في الانتظار، محاولة واحدة</numerusform>
            <numerusform>في الانتظار، محاولتان</numerusform>
            <numerusform>في الانتظار، %n محاولات</numerusform>
            <numerusform>في الانتظار، %n محاولة</numerusform>
            <numerusform>في الانتظار، %n محاولة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>مستلمة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New message</source>
        <translation>رسالة &amp;جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reply</source>
        <translation>&amp;رد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forward</source>
        <translation>&amp;إعادة توجيه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send outbox now</source>
        <translation>إر&amp;سال الصادر الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send this one &amp;now</source>
        <translation>أرسل هذه ال&amp;آن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;etch mail</source>
        <translation>&amp;جلب البريد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import .eml/.mbox…</source>
        <translation>ا&amp;ستيراد ⁦.eml/.mbox⁩…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;try</source>
        <translation>إعادة ال&amp;محاولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>ح&amp;ذف</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>On {0}, {1} wrote:</source>
        <translation>في {0}، كتب {1}:</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n message(s) sent</source>
        <translation>
            <numerusform>لم تُرسل أي رسالة</numerusform>
            <numerusform>أُرسلت رسالة واحدة</numerusform>
            <numerusform>أُرسلت رسالتان</numerusform>
            <numerusform>أُرسلت %n رسائل</numerusform>
            <numerusform>أُرسلت %n رسالة</numerusform>
            <numerusform>أُرسلت %n رسالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n still in the Outbox (see the error there)</source>
        <translation>
            <numerusform>لا شيء في الصادر</numerusform>
            <numerusform>رسالة واحدة ما زالت في الصادر (انظر الخطأ هناك)</numerusform>
            <numerusform>رسالتان ما زالتا في الصادر (انظر الخطأ هناك)</numerusform>
            <numerusform>%n رسائل ما زالت في الصادر (انظر الخطأ هناك)</numerusform>
            <numerusform>%n رسالة ما زالت في الصادر (انظر الخطأ هناك)</numerusform>
            <numerusform>%n رسالة ما زالت في الصادر (انظر الخطأ هناك)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Fetching cancelled: %n new message(s) kept; the next fetch goes on from there</source>
        <translation>
            <numerusform>أُلغي الجلب: لم تُحفظ رسائل جديدة؛ الجلب التالي يتابع من هنا</numerusform>
            <numerusform>أُلغي الجلب: حُفظت رسالة جديدة واحدة؛ الجلب التالي يتابع من هنا</numerusform>
            <numerusform>أُلغي الجلب: حُفظت رسالتان جديدتان؛ الجلب التالي يتابع من هنا</numerusform>
            <numerusform>أُلغي الجلب: حُفظت %n رسائل جديدة؛ الجلب التالي يتابع من هنا</numerusform>
            <numerusform>أُلغي الجلب: حُفظت %n رسالة جديدة؛ الجلب التالي يتابع من هنا</numerusform>
            <numerusform>أُلغي الجلب: حُفظت %n رسالة جديدة؛ الجلب التالي يتابع من هنا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n new message(s) fetched</source>
        <translation>
            <numerusform>لم تُجلب رسائل جديدة</numerusform>
            <numerusform>جُلبت رسالة جديدة واحدة</numerusform>
            <numerusform>جُلبت رسالتان جديدتان</numerusform>
            <numerusform>جُلبت %n رسائل جديدة</numerusform>
            <numerusform>جُلبت %n رسالة جديدة</numerusform>
            <numerusform>جُلبت %n رسالة جديدة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>failed: {0}</source>
        <translation>تعذّر: {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fetching mail…</source>
        <translation>جارٍ جلب البريد…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import mail</source>
        <translation>استيراد البريد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mail files (*.eml *.mbox *.mbx);;All files (*)</source>
        <translation>ملفات البريد (*.eml *.mbox *.mbx);;جميع الملفات (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n message(s) imported</source>
        <translation>
            <numerusform>لم تُستورد أي رسالة</numerusform>
            <numerusform>استُوردت رسالة واحدة</numerusform>
            <numerusform>استُوردت رسالتان</numerusform>
            <numerusform>استُوردت %n رسائل</numerusform>
            <numerusform>استُوردت %n رسالة</numerusform>
            <numerusform>استُوردت %n رسالة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing mail…</source>
        <translation>جارٍ استيراد البريد…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete message</source>
        <translation>حذف الرسالة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move this message to the Trash?</source>
        <translation>نقل هذه الرسالة إلى سلة المحذوفات؟</translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message>
        <location filename="../crm_desktop/ui/import_wizard.py" line="+84"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved {0}</source>
        <translation>تم الحفظ في {0}</translation>
    </message>
</context>
<context>
    <name>FetchBar</name>
    <message>
        <location filename="../crm_desktop/ui/mail/fetch_bar.py" line="+33"/>
        <source>&amp;Cancel fetching</source>
        <translation>إ&amp;لغاء الجلب</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connecting to the mail server…</source>
        <translation>جارٍ الاتصال بخادم البريد…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>stopping after this batch…</source>
        <translation>سيتوقف بعد هذه الدفعة…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fetching {0} — {1}: {2} of {3} messages</source>
        <translation>جلب {0} — {1}: {2} من {3} رسالة</translation>
    </message>
</context>
<context>
    <name>FieldDialog</name>
    <message>
        <location filename="../crm_desktop/ui/settings_dialog.py" line="+373"/>
        <location line="+40"/>
        <source>Custom field</source>
        <translation>حقل مخصص</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>One choice per line</source>
        <translation>خيار واحد في كل سطر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Label:</source>
        <translation>&amp;التسمية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;النوع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choices:</source>
        <translation>&amp;الخيارات:</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../crm_desktop/ui/import_wizard.py" line="-409"/>
        <location line="+23"/>
        <source>Import contacts</source>
        <translation>استيراد جهات الاتصال</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>CSV or tab-separated text, an Excel workbook (.xlsx), or vCards (.vcf).</source>
        <translation>ملف CSV أو نص مفصول بعلامات الجدولة، أو مصنف Excel (.xlsx)، أو بطاقات vCard (.vcf).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recognise from the file</source>
        <translation>التعرّف من الملف</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File:</source>
        <translation>&amp;الملف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ormat:</source>
        <translation>&amp;الصيغة:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contacts (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;All files (*)</source>
        <translation>جهات الاتصال (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../crm_desktop/ui/pipeline/filters.py" line="+36"/>
        <source>Any owner</source>
        <translation>أي مسؤول</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any close date</source>
        <translation>أي تاريخ إغلاق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closing this month</source>
        <translation>تُغلق هذا الشهر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closing this quarter</source>
        <translation>تُغلق هذا الربع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom dates</source>
        <translation>تواريخ مخصصة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tag</source>
        <translation>وسم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pipeline:</source>
        <translation>مسار المبيعات:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter by tag:</source>
        <translation>تصفية حسب الوسم:</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../crm_desktop/ui/first_run.py" line="+59"/>
        <source>Rafiq CRM: first start</source>
        <translation>رفيق CRM: التشغيل الأول</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Preparing the database…</source>
        <translation>جارٍ تجهيز قاعدة البيانات…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Adding sample data: {0} {1}</source>
        <translation>إضافة بيانات تجريبية: {0} {1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database could not be prepared; nothing was saved.</source>
        <translation>تعذّر تجهيز قاعدة البيانات؛ لم يُحفظ أي شيء.</translation>
    </message>
</context>
<context>
    <name>ForecastView</name>
    <message>
        <location filename="../crm_desktop/ui/pipeline/forecast_view.py" line="+35"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open deals</source>
        <translation>صفقات مفتوحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline</source>
        <translation>قيد التفاوض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weighted</source>
        <translation>مرجّح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best case</source>
        <translation>أفضل حالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>مؤكد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won deals</source>
        <translation>صفقات رابحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>الأرباح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost deals</source>
        <translation>صفقات خاسرة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached</source>
        <translation>وصلت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved on</source>
        <translation>تقدّمت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion</source>
        <translation>التحويل</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>By month</source>
        <translation>حسب الشهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By quarter</source>
        <translation>حسب الربع</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Win rate: {0}</source>
        <translation>نسبة الفوز: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average deal: {0}</source>
        <translation>متوسط الصفقة: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average sales cycle: {0} days</source>
        <translation>متوسط دورة البيع: {0} يومًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not in the totals (no exchange rate): {0}</source>
        <translation>غير مشمولة في الإجماليات (لا يوجد سعر صرف): {0}</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../crm_desktop/ui/search_popup.py" line="+25"/>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies</source>
        <translation>الشركات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals</source>
        <translation>الصفقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities and notes</source>
        <translation>الأنشطة والملاحظات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translation>رسائل البريد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+130"/>
        <source>Search everything… (Ctrl+K)</source>
        <translation>البحث في كل شيء… (Ctrl+K)</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Search failed: {0}</source>
        <translation>تعذّر البحث: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing found.</source>
        <translation>لم يُعثر على شيء.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No name starts with that. Type 3 letters to search everything.</source>
        <translation>لا يوجد اسم يبدأ بهذا. اكتب ٣ أحرف للبحث في كل شيء.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>More results: keep typing to narrow them</source>
        <translation>توجد نتائج أخرى: تابع الكتابة لتضييقها</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Search the &amp;Trash</source>
        <translation>البحث في &amp;سلة المحذوفات</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search the Trash…</source>
        <translation>البحث في سلة المحذوفات…</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../crm_desktop/ui/help.py" line="+24"/>
        <source>Rafiq CRM user guide</source>
        <translation>دليل استخدام رفيق CRM</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The user guide cannot be shown: {0}</source>
        <translation>تعذّر عرض دليل الاستخدام: {0}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../crm_desktop/ui/history_dialog.py" line="+35"/>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>عُدّل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved to the Trash</source>
        <translation>نُقل إلى سلة المهملات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored from the Trash</source>
        <translation>استُعيد من سلة المهملات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted for good</source>
        <translation>حُذف نهائيًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login</source>
        <translation>اسم الدخول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Trash since</source>
        <translation>في سلة المهملات منذ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom fields</source>
        <translation>الحقول المخصصة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contacted</source>
        <translation>آخر تواصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translation>عناوين البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>أرقام الهاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses</source>
        <translation>العناوين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact</source>
        <translation>جهة اتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>شركة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal</source>
        <translation>صفقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>نشاط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment</source>
        <translation>موعد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>User</source>
        <translation>مستخدم</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Pipeline</source>
        <translation>مسار المبيعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrator</source>
        <translation>مسؤول</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(changed)</source>
        <translation>(تغيّرت)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(unknown)</source>
        <translation>(غير معروف)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The history cannot be read: {0}</source>
        <translation>تعذّرت قراءة السجل: {0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>History of {0}</source>
        <translation>سجل تغييرات {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>ما الذي تغيّر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No changes recorded.</source>
        <translation>لا توجد تغييرات مسجلة.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../crm_desktop/ui/import_wizard.py" line="+427"/>
        <source>Import contacts</source>
        <translation>استيراد جهات الاتصال</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../crm_desktop/ui/first_run.py" line="-188"/>
        <source>Welcome to Rafiq CRM</source>
        <translation>مرحبًا بك في رفيق CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the language and calendar for this computer.</source>
        <translation>اختر اللغة والتقويم لهذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gregorian</source>
        <translation>ميلادي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persian (Jalali)</source>
        <translation>هجري شمسي (جلالي)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hijri (tabular)</source>
        <translation>هجري (جدولي)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Calendar:</source>
        <translation>&amp;التقويم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole program switches to this language at the end.</source>
        <translation>في النهاية يتحول البرنامج كله إلى هذه اللغة.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../crm_desktop/ui/documents/letter_dialog.py" line="+47"/>
        <location line="+179"/>
        <source>Letters</source>
        <translation>الخطابات</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Dear {first_name},

…</source>
        <translation>عزيزي {first_name}،

…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert a field…</source>
        <translation>إدراج حقل…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save template</source>
        <translation>&amp;حفظ القالب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete template</source>
        <translation>ح&amp;ذف القالب</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One &amp;contact:</source>
        <translation>جهة ا&amp;تصال واحدة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone with the &amp;tag:</source>
        <translation>كل من يحمل ال&amp;وسم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone in the saved &amp;search:</source>
        <translation>كل من في ال&amp;بحث المحفوظ:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a contact…</source>
        <translation>اختر جهة اتصال…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Template:</source>
        <translation>القالب:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;itle:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Body:</source>
        <translation>&amp;النص:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Make PDF…</source>
        <translation>إ&amp;نشاء PDF…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New template</source>
        <translation>قالب جديد</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Template saved.</source>
        <translation>تم حفظ القالب.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Write to</source>
        <translation>الكتابة إلى</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a contact first.</source>
        <translation>اختر جهة اتصال أولًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a tag first.</source>
        <translation>اكتب وسمًا أولًا.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write the letter first.</source>
        <translation>اكتب الخطاب أولًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save letters as</source>
        <translation>حفظ الخطابات باسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Making the letters…</source>
        <translation>جارٍ إنشاء الخطابات…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n letter(s) written to {0}</source>
        <translation>
            <numerusform>لم يُكتب أي خطاب في {0}</numerusform>
            <numerusform>كُتب خطاب واحد في {0}</numerusform>
            <numerusform>كُتب خطابان في {0}</numerusform>
            <numerusform>كُتبت %n خطابات في {0}</numerusform>
            <numerusform>كُتب %n خطابًا في {0}</numerusform>
            <numerusform>كُتب %n خطاب في {0}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>النص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved search</source>
        <translation>البحث المحفوظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>المستلمون</translation>
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
        <translation>إزالة الربط</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../crm_desktop/ui/pages/list_page.py" line="+57"/>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by name…</source>
        <translation>تصفية حسب الاسم…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save search…</source>
        <translation>حفظ البحث…</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+3"/>
        <location line="+6"/>
        <source>Save search</source>
        <translation>حفظ البحث</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Set a filter first, then save it.</source>
        <translation>عيّن عامل تصفية أولًا ثم احفظه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the smart group:</source>
        <translation>اسم المجموعة الذكية:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Filter</source>
        <translation>التصفية</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>لا توجد سجلات</numerusform>
            <numerusform>سجل واحد</numerusform>
            <numerusform>سجلان</numerusform>
            <numerusform>%Ln سجلات</numerusform>
            <numerusform>%Ln سجلًا</numerusform>
            <numerusform>%Ln سجل</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+24"/>
        <location line="+21"/>
        <source>Move to Trash</source>
        <translation>نقل إلى سلة المحذوفات</translation>
    </message>
    <message numerus="yes">
        <location line="-43"/>
        <source>Move %Ln record(s) to the Trash? You can restore them from there.</source>
        <translation>
            <numerusform>لا توجد سجلات لنقلها إلى سلة المحذوفات.</numerusform>
            <numerusform>هل تريد نقل سجل واحد إلى سلة المحذوفات؟ يمكنك استعادته من هناك.</numerusform>
            <numerusform>هل تريد نقل سجلين إلى سلة المحذوفات؟ يمكنك استعادتهما من هناك.</numerusform>
            <numerusform>هل تريد نقل %Ln سجلات إلى سلة المحذوفات؟ يمكنك استعادتها من هناك.</numerusform>
            <numerusform>هل تريد نقل %Ln سجلًا إلى سلة المحذوفات؟ يمكنك استعادتها من هناك.</numerusform>
            <numerusform>هل تريد نقل %Ln سجل إلى سلة المحذوفات؟ يمكنك استعادتها من هناك.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Moving to the Trash…</source>
        <translation>جارٍ النقل إلى سلة المحذوفات…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../crm_desktop/ui/login_dialog.py" line="-116"/>
        <source>Log in to Rafiq CRM</source>
        <translation>تسجيل الدخول إلى Rafiq CRM</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;User:</source>
        <translation>&amp;المستخدم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Log in</source>
        <translation>&amp;دخول</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This office database asks everyone for a password.</source>
        <translation>تطلب قاعدة بيانات المكتب هذه كلمة مرور من الجميع.</translation>
    </message>
</context>
<context>
    <name>MailTab</name>
    <message>
        <location filename="../crm_desktop/ui/mail/accounts.py" line="+21"/>
        <source>&amp;Add account…</source>
        <translation>إ&amp;ضافة حساب…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Edit…</source>
        <translation>&amp;تحرير…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>De&amp;lete</source>
        <translation>ح&amp;ذف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passwords are kept in the system keyring, never in the database.</source>
        <translation>تُحفظ كلمات المرور في سلسلة مفاتيح النظام، ولا تُحفظ في قاعدة البيانات أبداً.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No system keyring was found: a password can only be kept in a private file if you choose so.</source>
        <translation>لم يُعثر على سلسلة مفاتيح للنظام: لا تُحفظ كلمة المرور إلا في ملف خاص إذا اخترت ذلك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts are saved at once.</source>
        <translation>تُحفظ الحسابات فوراً.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Delete account</source>
        <translation>حذف الحساب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the account {0}? Its stored messages stay.</source>
        <translation>حذف الحساب {0}؟ تبقى رسائله المحفوظة.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../crm_desktop/ui/main_window.py" line="+43"/>
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies</source>
        <translation>الشركات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My tasks</source>
        <translation>مهامي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline</source>
        <translation>مسار المبيعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translation>رسائل البريد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trash</source>
        <translation>سلة المحذوفات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates</source>
        <translation>السجلات المكررة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local file</source>
        <translation>ملف محلي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared folder</source>
        <translation>مجلد مشترك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>خادم</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rafiq CRM</source>
        <translation>رفيق CRM</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>New &amp;contact…</source>
        <translation>جهة اتصال &amp;جديدة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New com&amp;pany…</source>
        <translation>&amp;شركة جديدة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search everything…</source>
        <translation>&amp;البحث في كل شيء…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filter the list…</source>
        <translation>&amp;تصفية القائمة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit record…</source>
        <translation>&amp;تعديل السجل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to &amp;Trash</source>
        <translation>نقل إلى &amp;سلة المحذوفات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Rafiq CRM</source>
        <translation>&amp;حول رفيق CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;guide</source>
        <translation>&amp;دليل الاستخدام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;الإعدادات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;استيراد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;archive…</source>
        <translation>تصدير &amp;أرشيف…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> (read-only)</source>
        <translation> (للقراءة فقط)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no user)</source>
        <translation>(بلا مستخدم)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>This result belongs to no contact or company.</source>
        <translation>هذه النتيجة لا تتبع أي جهة اتصال أو شركة.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../crm_desktop/ui/import_wizard.py" line="-336"/>
        <source>Which field each column fills</source>
        <translation>أي حقل يملؤه كل عمود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestions come from the column names; change any of them.</source>
        <translation>الاقتراحات مأخوذة من أسماء الأعمدة؛ يمكنك تغيير أي منها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Examples</source>
        <translation>أمثلة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact field</source>
        <translation>حقل جهة الاتصال</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Use preset</source>
        <translation>&amp;استخدام قالب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save as &amp;preset…</source>
        <translation>&amp;حفظ كقالب…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Presets:</source>
        <translation>القوالب:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Save as preset</source>
        <translation>حفظ كقالب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preset name:</source>
        <translation>اسم القالب:</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../crm_desktop/ui/pages/duplicates_page.py" line="-182"/>
        <location line="+13"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Prefix</source>
        <translation>اللقب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle name</source>
        <translation>الاسم الأوسط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private</source>
        <translation>خاص</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent company</source>
        <translation>الشركة الأم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>activities</source>
        <translation>أنشطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deals</source>
        <translation>صفقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>documents</source>
        <translation>مستندات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people</source>
        <translation>أشخاص</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>emails</source>
        <translation>رسائل بريد إلكتروني</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>appointments</source>
        <translation>مواعيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>branch companies</source>
        <translation>شركات فرعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>appointment invitations</source>
        <translation>دعوات مواعيد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>email addresses</source>
        <translation>عناوين بريد إلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone numbers</source>
        <translation>أرقام هواتف</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>Merge duplicates</source>
        <translation>دمج السجلات المكررة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep this record (the others go to the Trash)</source>
        <translation>الاحتفاظ بهذا السجل (تنتقل البقية إلى سلة المحذوفات)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Values to keep</source>
        <translation>القيم التي يُحتفظ بها</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Merge</source>
        <translation>&amp;دمج</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Moves to the kept record: {0}</source>
        <translation>يُنقل إلى السجل المحتفظ به: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+6"/>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Someone changed these records meanwhile. Check the values again.</source>
        <translation>عدّل مستخدم آخر هذه السجلات في هذه الأثناء. راجع القيم مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>MessageViewer</name>
    <message>
        <location filename="../crm_desktop/ui/mail/viewer.py" line="+122"/>
        <source>From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cc:</source>
        <translation>نسخة:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Plain text</source>
        <translation>نص &amp;عادي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load remote images for this message</source>
        <translation>تحميل الصور البعيدة لهذه الرسالة</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Save attachment…</source>
        <translation>&amp;حفظ المرفق…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(no subject)</source>
        <translation>(بلا موضوع)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{0} KB</source>
        <translation>{0} ك.ب</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Waiting in the outbox, %n attempt(s)</source>
        <translation>
            <numerusform>في انتظار الإرسال، بلا محاولات</numerusform>
            <numerusform>في انتظار الإرسال، محاولة واحدة</numerusform>
            <numerusform>في انتظار الإرسال، محاولتان</numerusform>
            <numerusform>في انتظار الإرسال، %n محاولات</numerusform>
            <numerusform>في انتظار الإرسال، %n محاولة</numerusform>
            <numerusform>في انتظار الإرسال، %n محاولة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last error: {0}</source>
        <translation>آخر خطأ: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n remote image(s) blocked to protect your privacy.</source>
        <translation>
            <numerusform>لم تُحجب صور</numerusform>
            <numerusform>حُجبت صورة بعيدة واحدة لحماية خصوصيتك.</numerusform>
            <numerusform>حُجبت صورتان بعيدتان لحماية خصوصيتك.</numerusform>
            <numerusform>حُجبت %n صور بعيدة لحماية خصوصيتك.</numerusform>
            <numerusform>حُجبت %n صورة بعيدة لحماية خصوصيتك.</numerusform>
            <numerusform>حُجبت %n صورة بعيدة لحماية خصوصيتك.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loading images…</source>
        <translation>جارٍ تحميل الصور…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>Save attachment</source>
        <translation>حفظ المرفق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot save {0}: {1}</source>
        <translation>تعذّر حفظ {0}: {1}</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <location filename="../crm_desktop/ui/calendar/monthgrid.py" line="+218"/>
        <source>+{0} more</source>
        <translation>+{0} أخرى</translation>
    </message>
</context>
<context>
    <name>OfficeSecurityBox</name>
    <message>
        <location filename="../crm_desktop/ui/login_dialog.py" line="+113"/>
        <source>Security and Trash</source>
        <translation>الأمان وسلة المهملات</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everyone logs in with a &amp;password</source>
        <translation>يسجّل الجميع الدخول بكلمة &amp;مرور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty the Trash of records deleted more than</source>
        <translation>إفراغ سلة المهملات من السجلات المحذوفة قبل أكثر من</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> days ago, at start</source>
        <translation> يومًا، عند التشغيل</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only an administrator can change these settings.</source>
        <translation>لا يمكن تغيير هذه الإعدادات إلا لمسؤول.</translation>
    </message>
</context>
<context>
    <name>OfficeTools</name>
    <message>
        <location filename="../crm_desktop/ui/office_tools.py" line="+49"/>
        <source>Select a contact or a company to see its history.</source>
        <translation>اختر جهة اتصال أو شركة لعرض سجل تغييراتها.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your password was changed.</source>
        <translation>تم تغيير كلمة مرورك.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rafiq CRM closes now; start it again to work with the restored data.</source>
        <translation>سيُغلق Rafiq CRM الآن؛ شغّله مجددًا للعمل على البيانات المستعادة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;History of this record…</source>
        <translation>&amp;سجل تغييرات هذا السجل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent &amp;changes…</source>
        <translation>الت&amp;غييرات الأخيرة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backups…</source>
        <translation>&amp;النسخ الاحتياطية…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change my &amp;password…</source>
        <translation>تغيير كلمة &amp;مروري…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Automatic backup failed: {0}</source>
        <translation>فشل النسخ الاحتياطي التلقائي: {0}</translation>
    </message>
</context>
<context>
    <name>OpportunityForm</name>
    <message>
        <location filename="../crm_desktop/ui/forms/opportunity_form.py" line="+32"/>
        <source>Pipeline</source>
        <translation>مسار المبيعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best case</source>
        <translation>أفضل حالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>مؤكد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Omitted</source>
        <translation>مستبعد</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Title</source>
        <translation>&amp;العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Company</source>
        <translation>&amp;الشركة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontact</source>
        <translation>&amp;جهة الاتصال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pipeline</source>
        <translation>&amp;مسار المبيعات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>St&amp;age</source>
        <translation>&amp;المرحلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;mount</source>
        <translation>&amp;المبلغ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;urrency</source>
        <translation>&amp;العملة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;robability (%)</source>
        <translation>&amp;الاحتمال (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xpected close</source>
        <translation>&amp;الإغلاق المتوقع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Known</source>
        <translation>معروف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;wner</source>
        <translation>&amp;المسؤول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sour&amp;ce</source>
        <translation>&amp;المصدر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next step</source>
        <translation>&amp;الخطوة التالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step &amp;date</source>
        <translation>&amp;تاريخ الخطوة التالية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set</source>
        <translation>محدد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forecast category</source>
        <translation>&amp;فئة التوقع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lost reason</source>
        <translation>&amp;سبب الخسارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;gs</source>
        <translation>&amp;الوسوم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Separated by commas</source>
        <translation>مفصولة بفواصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;tes</source>
        <translation>&amp;ملاحظات</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Details</source>
        <translation>&amp;التفاصيل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T&amp;imeline</source>
        <translation>&amp;السجل الزمني</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From → to</source>
        <translation>من ← إلى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Probability</source>
        <translation>الاحتمال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage &amp;history</source>
        <translation>&amp;سجل المراحل</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+2"/>
        <source>The amount must be a number such as 1250.50</source>
        <translation>يجب أن يكون المبلغ رقمًا مثل 1250.50</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The probability must be a whole number from 0 to 100</source>
        <translation>يجب أن يكون الاحتمال عددًا صحيحًا من 0 إلى 100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why the deal was lost</source>
        <translation>اذكر سبب خسارة الصفقة</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>(deleted stage)</source>
        <translation>(مرحلة محذوفة)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New opportunity: %1</source>
        <translation>فرصة جديدة: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New opportunity</source>
        <translation>فرصة جديدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opportunity: %1</source>
        <translation>الفرصة: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>opportunity</source>
        <translation>الفرصة</translation>
    </message>
</context>
<context>
    <name>OpportunityTable</name>
    <message>
        <location filename="../crm_desktop/ui/pipeline/list_view.py" line="+32"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount ({0})</source>
        <translation>المبلغ ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probability</source>
        <translation>الاحتمال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close date</source>
        <translation>تاريخ الإغلاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>{0} (no rate)</source>
        <translation>{0} (لا يوجد سعر صرف)</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../crm_desktop/ui/import_wizard.py" line="+15"/>
        <source>Contacts you already have</source>
        <translation>جهات الاتصال الموجودة لديك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A row is the same person when its email, phone or vCard UID matches a contact.</source>
        <translation>يُعدّ الصف للشخص نفسه إذا تطابق بريده الإلكتروني أو هاتفه أو معرّف UID في vCard مع جهة اتصال موجودة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Skip the row: keep the contact as it is</source>
        <translation>&amp;تخطي الصف: تبقى جهة الاتصال كما هي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Update the contact: fill in and add what the row brings</source>
        <translation>&amp;تحديث جهة الاتصال: إكمال الناقص وإضافة ما في الصف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create a new contact anyway</source>
        <translation>&amp;إنشاء جهة اتصال جديدة على أي حال</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import the valid rows when some rows have problems</source>
        <translation>استيراد الصفوف السليمة حتى لو كان في بعض الصفوف مشكلات</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Otherwise nothing is imported while any row has a problem.</source>
        <translation>وإلا فلن يُستورد شيء ما دام في أي صف مشكلة.</translation>
    </message>
</context>
<context>
    <name>PhotoEditor</name>
    <message>
        <location filename="../crm_desktop/ui/widgets/photo_editor.py" line="+75"/>
        <source>Choose image…</source>
        <translation>اختيار صورة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>a photo (%1 KB)</source>
        <translation>صورة (%1 كيلوبايت)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is larger than 20 MB; choose a photo.</source>
        <translation>حجم الملف أكبر من ٢٠ ميغابايت؛ اختر صورة شخصية.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is not an image that can be read (PNG, JPEG, GIF, BMP, WebP).</source>
        <translation>هذا الملف ليس صورة يمكن قراءتها (PNG أو JPEG أو GIF أو BMP أو WebP).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a photo</source>
        <translation>اختر صورة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>الصور (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <location filename="../crm_desktop/ui/pipeline/board.py" line="+98"/>
        <source>&amp;Board</source>
        <translation>&amp;اللوحة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;List</source>
        <translation>&amp;القائمة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Forecast</source>
        <translation>&amp;التوقعات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New opportunity…</source>
        <translation>&amp;فرصة جديدة…</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>{0} deals, {1}</source>
        <translation>{0} صفقات، {1}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open: {0}</source>
        <translation>المفتوح: {0}</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>… and {0} more</source>
        <translation>… و{0} أخرى</translation>
    </message>
</context>
<context>
    <name>PipelinesTab</name>
    <message>
        <location filename="../crm_desktop/ui/settings_pipelines_tab.py" line="+37"/>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>رابحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>خاسرة</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pipelines</source>
        <translation>مسارات المبيعات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;probability:</source>
        <translation>&amp;الاحتمال الافتراضي:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;النتيجة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stages (drag to reorder)</source>
        <translation>المراحل (اسحب لتغيير الترتيب)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Up</source>
        <translation>أعلى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>أسفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add stage</source>
        <translation>إضافة مرحلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+140"/>
        <source>Delete stage</source>
        <translation>حذف المرحلة</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>New pipeline</source>
        <translation>مسار مبيعات جديد</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <location line="+11"/>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Rename pipeline</source>
        <translation>إعادة تسمية مسار المبيعات</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New stage</source>
        <translation>مرحلة جديدة</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The stage “{0}” holds opportunities. Move them to:</source>
        <translation>المرحلة «{0}» تحتوي على فرص. انقلها إلى:</translation>
    </message>
</context>
<context>
    <name>PointRow</name>
    <message>
        <location filename="../crm_desktop/ui/forms/points_editor.py" line="+168"/>
        <source>Primary</source>
        <translation>أساسي</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Street and number</source>
        <translation>الشارع ورقم المبنى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province / state</source>
        <translation>المنطقة / المحافظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country (IR, SA, …)</source>
        <translation>الدولة (SA، AE، …)</translation>
    </message>
</context>
<context>
    <name>PointsEditor</name>
    <message>
        <location line="+91"/>
        <source>Add email address</source>
        <translation>إضافة بريد إلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add phone number</source>
        <translation>إضافة رقم هاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add address</source>
        <translation>إضافة عنوان</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>work</source>
        <translation>العمل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>home</source>
        <translation>المنزل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mobile</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Label: %1</source>
        <translation>التسمية: %1</translation>
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
            <numerusform>لا أحد غيرك يعمل: {0}</numerusform>
            <numerusform>شخص آخر يعمل: {0}</numerusform>
            <numerusform>شخصان آخران يعملان: {0}</numerusform>
            <numerusform>%n آخرين يعملون: {0}</numerusform>
            <numerusform>%n آخر يعملون: {0}</numerusform>
            <numerusform>%n آخر يعملون: {0}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} on {1}, process {2}, last seen {3}</source>
        <translation>{0} على {1}، العملية {2}، آخر ظهور {3}</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../crm_desktop/ui/documents/preview.py" line="+122"/>
        <source>Choose a document to preview it.</source>
        <translation>اختر مستندًا لمعاينته.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File: {0}</source>
        <translation>الملف: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type: {0}</source>
        <translation>النوع: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size: {0}</source>
        <translation>الحجم: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added: {0}</source>
        <translation>تاريخ الإضافة: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added by: {0}</source>
        <translation>أضافه: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too large to preview; open it to see it.</source>
        <translation>أكبر من أن تتم معاينته؛ افتحه لعرضه.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This image cannot be previewed (damaged or too large).</source>
        <translation>لا يمكن معاينة هذه الصورة (تالفة أو كبيرة جدًا).</translation>
    </message>
</context>
<context>
    <name>QuickDialog</name>
    <message>
        <location filename="../crm_desktop/ui/forms/quick_actions.py" line="-46"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <location filename="../crm_desktop/ui/settings_currencies_tab.py" line="-97"/>
        <source>Exchange rate</source>
        <translation>سعر الصرف</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Currency:</source>
        <translation>&amp;العملة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Valid from:</source>
        <translation>&amp;ساري من:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Units per 1 {0}:</source>
        <translation>&amp;وحدات لكل 1 {0}:</translation>
    </message>
</context>
<context>
    <name>RecentChangesDialog</name>
    <message>
        <location filename="../crm_desktop/ui/history_dialog.py" line="+9"/>
        <source>Recent changes</source>
        <translation>التغييرات الأخيرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>ما الذي تغيّر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load &amp;older changes</source>
        <translation>تحميل التغييرات الأ&amp;قدم</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No changes recorded.</source>
        <translation>لا توجد تغييرات مسجلة.</translation>
    </message>
</context>
<context>
    <name>RecordDetail</name>
    <message>
        <location filename="../crm_desktop/ui/pages/record_detail.py" line="+38"/>
        <source>Choose a record in the list to see everything about it here.</source>
        <translation>اختر سجلًا من القائمة لترى كل ما يتعلق به هنا.</translation>
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
        <translation>المسؤول: {0}</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+6"/>
        <source>Attach a file</source>
        <translation>إرفاق ملف</translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <location filename="../crm_desktop/ui/forms/form_base.py" line="+218"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Someone else moved this record to the Trash; your changes were not saved.</source>
        <translation>نقل مستخدم آخر هذا السجل إلى سلة المحذوفات؛ لم تُحفظ تغييراتك.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Someone else changed this record. Nothing was saved; save again to compare the versions.</source>
        <translation>عدّل مستخدم آخر هذا السجل. لم يُحفظ شيء؛ احفظ مرة أخرى لمقارنة النسختين.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The form now shows the version saved by the other person.</source>
        <translation>يعرض النموذج الآن النسخة التي حفظها المستخدم الآخر.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This form has changes that are not saved. Save them?</source>
        <translation>في هذا النموذج تغييرات غير محفوظة. هل تريد حفظها؟</translation>
    </message>
</context>
<context>
    <name>RecordHeader</name>
    <message>
        <location filename="../crm_desktop/ui/widgets/record_header.py" line="+12"/>
        <source>Log call</source>
        <translation>تسجيل مكالمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add task</source>
        <translation>إضافة مهمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>تحديد موعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New opportunity</source>
        <translation>فرصة بيع جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach file</source>
        <translation>إرفاق ملف</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;History…</source>
        <translation>سجل الت&amp;غييرات…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who changed what in this record, and when</source>
        <translation>من غيّر ماذا في هذا السجل، ومتى</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../crm_desktop/ui/documents/record_picker.py" line="+28"/>
        <source>Contact</source>
        <translation>جهة اتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>شركة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal</source>
        <translation>صفقة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Part of the name…</source>
        <translation>جزء من الاسم…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Record type:</source>
        <translation>&amp;نوع السجل:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Nothing found.</source>
        <translation>لم يُعثر على شيء.</translation>
    </message>
    <message>
        <location filename="../crm_desktop/ui/widgets/record_picker.py" line="+34"/>
        <source>Type to search…</source>
        <translation>اكتب للبحث…</translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message>
        <location filename="../crm_desktop/ui/forms/recurrence_editor.py" line="+137"/>
        <location line="+214"/>
        <source>Does not repeat</source>
        <translation>لا يتكرر</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Daily</source>
        <translation>يوميًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>أسبوعيًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>شهريًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly</source>
        <translation>سنويًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom rule (RRULE)</source>
        <translation>قاعدة مخصصة (RRULE)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every </source>
        <translation>كل </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Never ends</source>
        <translation>لا ينتهي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends on</source>
        <translation>ينتهي في</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends after</source>
        <translation>ينتهي بعد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> times</source>
        <translation> مرات</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Skip this day</source>
        <translation>تخطّي هذا اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped days:</source>
        <translation>الأيام المستثناة:</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>On the same date ({0})</source>
        <translation>في التاريخ نفسه ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the first {0}</source>
        <translation>{0} الأول من الشهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the second {0}</source>
        <translation>{0} الثاني من الشهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the third {0}</source>
        <translation>{0} الثالث من الشهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the fourth {0}</source>
        <translation>{0} الرابع من الشهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the last {0}</source>
        <translation>{0} الأخير من الشهر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On day {0} of each Persian month</source>
        <translation>في اليوم {0} من كل شهر هجري شمسي</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>day(s)</source>
        <translation>يوم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>week(s)</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>month(s)</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year(s)</source>
        <translation>سنة</translation>
    </message>
</context>
<context>
    <name>RecurrenceErrors</name>
    <message>
        <location filename="../crm_desktop/ui/forms/appointment_form.py" line="-106"/>
        <source>the rule needs FREQ (e.g. FREQ=WEEKLY)</source>
        <translation>تحتاج القاعدة إلى FREQ (مثل FREQ=WEEKLY)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FREQ={0} is not supported</source>
        <translation>FREQ={0} غير مدعوم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a rule ends after a count or on a day, not both</source>
        <translation>تنتهي القاعدة إما بعد عدد من المرات أو في يوم محدد، لا بكليهما</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a valid RRULE: {0}</source>
        <translation>ليست قاعدة RRULE صالحة: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one RRULE only (no RDATE/EXRULE sets)</source>
        <translation>قاعدة RRULE واحدة فقط (بدون RDATE/EXRULE)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the rule produces no occurrence within {0} years of the start</source>
        <translation>لا تُنتج القاعدة أي موعد خلال {0} سنوات من البداية</translation>
    </message>
    <message>
        <location line="+247"/>
        <source>the last day is before the first one</source>
        <translation>اليوم الأخير يسبق اليوم الأول</translation>
    </message>
</context>
<context>
    <name>ReminderCenter</name>
    <message>
        <location filename="../crm_desktop/ui/reminders.py" line="+137"/>
        <source>Rafiq CRM reminders</source>
        <translation>تذكيرات رفيق CRM</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reminder</source>
        <translation>تذكير</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reminders</source>
        <translation>تذكيرات</translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <location line="-118"/>
        <source>Reminders</source>
        <translation>التذكيرات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dismiss all</source>
        <translation>إغلاق كل التذكيرات</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0} earlier reminders are not listed</source>
        <translation>{0} تذكيرات سابقة غير معروضة</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Missed</source>
        <translation>فات موعده</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snooze</source>
        <translation>تأجيل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} minutes</source>
        <translation>{0} دقائق</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dismiss</source>
        <translation>إغلاق التذكير</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../crm_desktop/ui/import_wizard.py" line="+113"/>
        <source>Import</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save report as CSV…</source>
        <translation>&amp;حفظ التقرير بصيغة CSV…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>contact {0}</source>
        <translation>جهة الاتصال {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done. </source>
        <translation>تم. </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report could not be saved: {0}</source>
        <translation>تعذّر حفظ التقرير: {0}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../crm_desktop/ui/pages/reports_page.py" line="+61"/>
        <source>Contact directory</source>
        <translation>دليل جهات الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact or company profile</source>
        <translation>ملف جهة اتصال أو شركة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities per user</source>
        <translation>الأنشطة لكل مستخدم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment agenda</source>
        <translation>جدول المواعيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task list</source>
        <translation>قائمة المهام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales pipeline and forecast</source>
        <translation>مسار المبيعات والتوقعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible duplicates</source>
        <translation>السجلات المكررة المحتملة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gregorian</source>
        <translation>ميلادي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persian (Jalali)</source>
        <translation>هجري شمسي (جلالي)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hijri</source>
        <translation>هجري قمري</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Arabic or Persian &amp;digits</source>
        <translation>&amp;أرقام عربية أو فارسية</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No logo</source>
        <translation>بلا شعار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing</source>
        <translation>الطباعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Calendar:</source>
        <translation>&amp;التقويم:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logo:</source>
        <translation>الشعار:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preview</source>
        <translation>&amp;معاينة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;حفظ PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open PDF</source>
        <translation>&amp;فتح PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Filters</source>
        <translation>عوامل التصفية</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>(anyone)</source>
        <translation>(أي شخص)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(any)</source>
        <translation>(أي مرحلة)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead</source>
        <translation>عميل محتمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospect</source>
        <translation>عميل مرتقب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>عميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIP</source>
        <translation>عميل مميز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>غير نشط</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Job title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>آخر تواصل</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Tag:</source>
        <translation>&amp;الوسم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <location line="+10"/>
        <source>&amp;Owner:</source>
        <translation>&amp;المسؤول:</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>&amp;Stage:</source>
        <translation>&amp;المرحلة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved &amp;search:</source>
        <translation>&amp;بحث محفوظ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Col&amp;umns:</source>
        <translation>&amp;الأعمدة:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact</source>
        <translation>جهة اتصال</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Part of the name, then Enter</source>
        <translation>جزء من الاسم ثم Enter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Profile of:</source>
        <translation>&amp;ملف:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Find:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Record:</source>
        <translation>&amp;السجل:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <location line="+3"/>
        <location line="+7"/>
        <source>(everyone)</source>
        <translation>(الجميع)</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>&amp;From:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;To:</source>
        <translation>&amp;إلى:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;User:</source>
        <translation>&amp;المستخدم:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Period:</source>
        <translation>&amp;الفترة:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Date:</source>
        <translation>&amp;التاريخ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Assigned to:</source>
        <translation>&amp;مسندة إلى:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Pipeline:</source>
        <translation>&amp;مسار المبيعات:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies</source>
        <translation>الشركات</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Records:</source>
        <translation>&amp;السجلات:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lowest &amp;score:</source>
        <translation>&amp;أدنى درجة:</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Logo for the reports</source>
        <translation>شعار التقارير</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>الصور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Making the report…</source>
        <translation>جارٍ إعداد التقرير…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Laying out page {0}…</source>
        <translation>جارٍ تنسيق الصفحة {0}…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report was not made: {0}</source>
        <translation>لم يُعدّ التقرير: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}: {1} pages, {2} rows, written to {3}</source>
        <translation>{0}: {1} صفحة، {2} سطر، حُفظ في {3}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No preview on this computer (it needs Qt&apos;s PDF module or poppler&apos;s pdftoppm). The PDF is ready: use Open PDF to see it.</source>
        <translation>لا تتوفر معاينة على هذا الحاسوب (تحتاج إلى وحدة PDF في Qt أو أداة pdftoppm من poppler). ملف PDF جاهز: استخدم «فتح PDF» لعرضه.</translation>
    </message>
</context>
<context>
    <name>ServiceErrors</name>
    <message>
        <location filename="../crm_desktop/ui/error_text.py" line="+35"/>
        <source>is required</source>
        <translation>مطلوب ولا يمكن تركه فارغًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be text</source>
        <translation>يجب أن يكون نصًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains a NUL character, which cannot be stored</source>
        <translation>يحتوي على محرف NUL لا يمكن حفظه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too long ({0} characters; at most {1})</source>
        <translation>أطول من المسموح ({0} حرفًا؛ الحد الأقصى {1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be yes or no</source>
        <translation>يجب أن يكون نعم أو لا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too large</source>
        <translation>القيمة كبيرة جدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a whole number</source>
        <translation>يجب أن يكون عددًا صحيحًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a number</source>
        <translation>يجب أن يكون رقمًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a finite number</source>
        <translation>يجب أن يكون رقمًا محددًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a positive number</source>
        <translation>يجب أن يكون رقمًا موجبًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must not be negative</source>
        <translation>لا يمكن أن يكون سالبًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a number</source>
        <translation>{0} ليس رقمًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a date (use YYYY-MM-DD)</source>
        <translation>{0} ليس تاريخًا صحيحًا (استخدم الصيغة YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a date and time (use ISO 8601, e.g. 2026-01-31T09:30+03:30)</source>
        <translation>{0} ليس تاريخًا ووقتًا صحيحين (استخدم ISO 8601، مثل 2026-01-31T09:30+03:30)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a date and time</source>
        <translation>يجب أن يكون تاريخًا ووقتًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs a time zone</source>
        <translation>يلزم تحديد المنطقة الزمنية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a valid email address: more than 64 characters before the @</source>
        <translation>{0} ليس عنوان بريد إلكتروني صالحًا: أكثر من ٦٤ حرفًا قبل @</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a valid email address: {1}</source>
        <translation>{0} ليس عنوان بريد إلكتروني صالحًا: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a valid phone number (include the country code, e.g. +98, or set the default phone region)</source>
        <translation>{0} ليس رقم هاتف صالحًا (أضف رمز الدولة مثل ‎+966، أو حدّد منطقة الهاتف الافتراضية في الإعدادات)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} is not a valid phone number{1}</source>
        <translation>{0} ليس رقم هاتف صالحًا{1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be one of {0}</source>
        <translation>يجب أن يكون إحدى القيم: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose one of {0}</source>
        <translation>اختر واحدًا من: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: choose from {1}</source>
        <translation>{0}: اختر من {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a field of a {0}</source>
        <translation>ليس حقلًا من حقول {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a field of {0}</source>
        <translation>ليس حقلًا من حقول {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a field of a contact</source>
        <translation>ليس حقلًا من حقول جهة الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refers to {0} {1}, which does not exist</source>
        <translation>يشير إلى {0} {1} غير الموجود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move the {0} to the Trash before purging it</source>
        <translation>انقل {0} إلى سلة المحذوفات قبل حذفه نهائيًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot filter {0}s by {1}</source>
        <translation>لا يمكن تصفية {0} حسب {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is managed by the application and cannot be set</source>
        <translation>يديره البرنامج تلقائيًا ولا يمكن تعيينه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} has no list</source>
        <translation>لا توجد قائمة لـ {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} cannot be sorted by {1}</source>
        <translation>لا يمكن فرز {0} حسب {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a company filter</source>
        <translation>ليس عامل تصفية للشركات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a contact filter</source>
        <translation>ليس عامل تصفية لجهات الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a filter of {0}</source>
        <translation>ليس عامل تصفية لـ {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a set of named filters</source>
        <translation>يجب أن يكون مجموعة من عوامل التصفية المسماة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a record id (a positive whole number)</source>
        <translation>يجب أن يكون رقم سجل (عددًا صحيحًا موجبًا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose a saved record to see its history</source>
        <translation>اختر سجلًا محفوظًا لعرض سجل تغييراته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be between 1 and 10,000</source>
        <translation>يجب أن يكون بين ١ و١٠٬٠٠٠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a whole number of days, 0 or more</source>
        <translation>يجب أن يكون عدد أيام صحيحًا، صفرًا أو أكثر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} has no Trash; use one of {1}</source>
        <translation>لا توجد سلة محذوفات لـ {0}؛ استخدم واحدًا من: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a list of choices</source>
        <translation>يجب أن يكون قائمة خيارات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a choice field needs at least one choice</source>
        <translation>حقل الاختيار يحتاج إلى خيار واحد على الأقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be lower-case a-z, 0-9 and _, start with a letter, at most {0} characters</source>
        <translation>يجب أن يتكون من أحرف لاتينية صغيرة a-z وأرقام 0-9 و _، ويبدأ بحرف، وبحد أقصى {0} حرفًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only choice fields have choices</source>
        <translation>حقول الاختيار وحدها لها خيارات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most {0} choices ({1} given)</source>
        <translation>الحد الأقصى {0} خيارًا (أُدخل {1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is already used by another {1} field</source>
        <translation>{0} مستخدم بالفعل في حقل آخر من حقول {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is already used by another field; try again</source>
        <translation>مستخدم بالفعل في حقل آخر؛ حاول مرة أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a whole number, 0 or more</source>
        <translation>يجب أن يكون عددًا صحيحًا، صفرًا أو أكثر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not one of the choices ({1})</source>
        <translation>{0} ليس من الخيارات المتاحة ({1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must map field keys to values</source>
        <translation>يجب أن يربط مفاتيح الحقول بقيمها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>field key {0} must be text</source>
        <translation>مفتاح الحقل {0} يجب أن يكون نصًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be stored: use text, a number or yes/no</source>
        <translation>لا يمكن حفظه: استخدم نصًا أو رقمًا أو نعم/لا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a contact needs a name, an email address or a phone number</source>
        <translation>تحتاج جهة الاتصال إلى اسم أو بريد إلكتروني أو رقم هاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a two-letter ISO country code, e.g. IR, SA, DE</source>
        <translation>يجب أن يكون رمز دولة ISO من حرفين، مثل SA أو AE أو EG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be image bytes</source>
        <translation>يجب أن يكون صورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a PNG, JPEG, GIF, BMP or WebP image</source>
        <translation>يجب أن تكون صورة PNG أو JPEG أو GIF أو BMP أو WebP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is {0} bytes; at most {1}</source>
        <translation>حجمه {0} بايت؛ الحد الأقصى {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a list</source>
        <translation>يجب أن يكون قائمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has {0} entries; at most {1}</source>
        <translation>يحتوي على {0} عنصرًا؛ الحد الأقصى {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a list of at most {0} contact ids</source>
        <translation>يجب أن يكون قائمة بأرقام جهات اتصال لا تتجاوز {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no contact with id {0}</source>
        <translation>لا توجد جهة اتصال بالرقم {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a company cannot be its own parent, directly or through others</source>
        <translation>لا يمكن أن تكون الشركة شركة أمًّا لنفسها، مباشرة أو عبر شركات أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is already taken</source>
        <translation>{0} مستخدم بالفعل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be 1 (low), 2 (normal) or 3 (high)</source>
        <translation>يجب أن يكون ١ (منخفضة) أو ٢ (عادية) أو ٣ (عالية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be between 0 and 44640 minutes</source>
        <translation>يجب أن يكون بين ٠ و٤٤٦٤٠ دقيقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must not be before the start</source>
        <translation>لا يمكن أن يكون قبل البداية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be between 0 and 86400 minutes</source>
        <translation>يجب أن يكون بين ٠ و٨٦٤٠٠ دقيقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a list of ISO date-times with a zone</source>
        <translation>يجب أن يكون قائمة تواريخ وأوقات ISO مع المنطقة الزمنية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a known time zone (e.g. Asia/Tehran)</source>
        <translation>{0} ليست منطقة زمنية معروفة (مثل Asia/Riyadh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be an iCalendar RRULE such as FREQ=WEEKLY;BYDAY=MO</source>
        <translation>يجب أن يكون قاعدة تكرار iCalendar (RRULE) مثل FREQ=WEEKLY;BYDAY=MO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activity {0} is not a task</source>
        <translation>النشاط {0} ليس مهمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be after the start of the range</source>
        <translation>يجب أن يكون بعد بداية الفترة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not an occurrence of this series</source>
        <translation>{0} ليس من مواعيد هذه السلسلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be after the start (the appointment has no length)</source>
        <translation>يجب أن يكون بعد البداية (لا مدة للموعد)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a changed occurrence of a series cannot repeat itself</source>
        <translation>لا يمكن لموعد معدَّل من سلسلة أن يتكرر بدوره</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a repeat in the Persian calendar is monthly (FREQ=MONTHLY), with INTERVAL, COUNT or UNTIL</source>
        <translation>التكرار بالتقويم الهجري الشمسي شهري فقط (FREQ=MONTHLY)، مع INTERVAL أو COUNT أو UNTIL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a repeat in the Persian calendar is monthly (FREQ=MONTHLY), with INTERVAL, COUNT or UNTIL ({0} cannot be used)</source>
        <translation>التكرار بالتقويم الهجري الشمسي شهري فقط (FREQ=MONTHLY)، مع INTERVAL أو COUNT أو UNTIL (لا يمكن استخدام {0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INTERVAL and COUNT must be 1 or more</source>
        <translation>يجب أن يكون INTERVAL وCOUNT واحدًا أو أكثر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a monthly repeat in the Persian calendar needs an end (a number of times or a last day) within {0} years</source>
        <translation>التكرار الشهري بالتقويم الهجري الشمسي يحتاج إلى نهاية (عدد مرات أو يوم أخير) خلال {0} سنوات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a monthly repeat in the Persian calendar can last at most {0} years; end it sooner</source>
        <translation>لا يمكن أن يستمر التكرار الشهري بالتقويم الهجري الشمسي أكثر من {0} سنوات؛ اجعل نهايته أقرب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a monthly repeat in the Persian calendar can last at most {0} years; repeat fewer times</source>
        <translation>لا يمكن أن يستمر التكرار الشهري بالتقويم الهجري الشمسي أكثر من {0} سنوات؛ قلّل عدد المرات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is more than five years after the start; check the year</source>
        <translation>بعد البداية بأكثر من خمس سنوات؛ تحقق من السنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must not be before --from</source>
        <translation>لا يمكن أن يكون قبل --from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than {0} periods: check the dates</source>
        <translation>أكثر من {0} فترة: تحقق من التواريخ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be between 0 and 100</source>
        <translation>يجب أن يكون بين ٠ و١٠٠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a stage cannot be both won and lost</source>
        <translation>لا يمكن أن تكون المرحلة رابحة وخاسرة في آن واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose a stage (the database has no pipeline yet)</source>
        <translation>اختر مرحلة (لا يوجد مسار مبيعات في قاعدة البيانات بعد)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>belongs to another pipeline</source>
        <translation>تابع لمسار مبيعات آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a three-letter ISO 4217 code such as IRR, SAR, EUR</source>
        <translation>يجب أن يكون رمز عملة ISO 4217 من ثلاثة أحرف، مثل SAR أو AED أو EUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a three-letter ISO 4217 code</source>
        <translation>يجب أن يكون رمز عملة ISO 4217 من ثلاثة أحرف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must not be empty</source>
        <translation>لا يمكن أن يكون فارغًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is longer than {0} characters</source>
        <translation>أطول من {0} حرفًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a whole number between 0 and 100</source>
        <translation>يجب أن يكون عددًا صحيحًا بين ٠ و١٠٠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give every stage of the pipeline exactly once</source>
        <translation>اذكر كل مرحلة من مراحل المسار مرة واحدة فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose another existing stage</source>
        <translation>اختر مرحلة أخرى موجودة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a stage of the same pipeline</source>
        <translation>يجب أن تكون مرحلة من المسار نفسه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is implausibly large (more than 10^15 minor units): check the digits</source>
        <translation>مبلغ كبير على نحو غير معقول (أكثر من 10^15 وحدة فرعية): تحقق من الأرقام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a currency this app knows</source>
        <translation>{0} ليست عملة يعرفها البرنامج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a currency this app knows (e.g. IRR, SAR, EUR, USD)</source>
        <translation>{0} ليست عملة يعرفها البرنامج (مثل SAR أو AED أو EUR أو USD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is implausibly large: units of the currency per one base unit</source>
        <translation>كبير على نحو غير معقول: عدد وحدات العملة مقابل وحدة واحدة من العملة الأساسية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is more than {1} years away: check the year</source>
        <translation>{0} يبعد أكثر من {1} سنة: تحقق من السنة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be &apos;in&apos; or &apos;out&apos;</source>
        <translation>يجب أن يكون وارد (in) أو صادر (out)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this message is already stored</source>
        <translation>هذه الرسالة محفوظة بالفعل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the template cannot be filled: {0}</source>
        <translation>تعذّر ملء القالب: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least one recipient address is needed</source>
        <translation>يلزم عنوان مستلم واحد على الأقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no password is stored for {0}</source>
        <translation>لا توجد كلمة مرور محفوظة لـ {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the message has no mail account with an SMTP server</source>
        <translation>لا يوجد للرسالة حساب بريد مزوّد بخادم SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} has no IMAP server to fetch from</source>
        <translation>لا يوجد خادم IMAP للحساب {0} لجلب البريد منه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no password is stored for {0} ({1})</source>
        <translation>لا توجد كلمة مرور محفوظة للمستخدم {0} ({1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a port number (1 to 65535)</source>
        <translation>{0} ليس رقم منفذ (من 1 إلى 65535)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a port number</source>
        <translation>{0} ليس رقم منفذ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most {0} folders</source>
        <translation>{0} مجلدًا على الأكثر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a folder name</source>
        <translation>{0} ليس اسم مجلد صالحًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a server name</source>
        <translation>{0} ليس اسم خادم صالحًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a template needs a name</source>
        <translation>يحتاج القالب إلى اسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is {1} bytes; at most {2}</source>
        <translation>حجم {0} هو {1} بايت؛ الحد الأقصى {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} cannot be read: {1}</source>
        <translation>تعذّرت قراءة {0}: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} changed while it was being attached; try again</source>
        <translation>تغيّر {0} أثناء إرفاقه؛ حاول مرة أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} grew while it was being attached; try again</source>
        <translation>زاد حجم {0} أثناء إرفاقه؛ حاول مرة أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} could not be read to the end: {1}</source>
        <translation>تعذّرت قراءة {0} حتى النهاية: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attach to one of {0}</source>
        <translation>أرفِق بواحد من: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is larger than the limit of {1} MB</source>
        <translation>حجم {0} أكبر من الحد المسموح ({1} ميغابايت)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document {0} was not found</source>
        <translation>المستند {0} غير موجود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no contact matches the saved search: nobody to write to</source>
        <translation>لا توجد جهة اتصال تطابق البحث المحفوظ: لا يوجد من تُكتب إليه الرسالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none of the chosen contacts exists any more: nobody to write to</source>
        <translation>لم تعد أي من جهات الاتصال المختارة موجودة: لا يوجد من تُكتب إليه الرسالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letter template {0} was not found</source>
        <translation>قالب الخطاب {0} غير موجود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the output file {0} should end in .pdf</source>
        <translation>يجب أن ينتهي اسم ملف الإخراج {0} بـ ‎.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is a folder; give a file name ending in .pdf</source>
        <translation>{0} مجلد؛ أدخل اسم ملف ينتهي بـ ‎.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} exists and is read-only</source>
        <translation>الملف {0} موجود وهو للقراءة فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write a file in {0}: {1}</source>
        <translation>تعذّرت كتابة ملف في {0}: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write {0}: {1}</source>
        <translation>تعذّرت كتابة {0}: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the PDF could not be written completely</source>
        <translation>تعذّرت كتابة ملف PDF كاملاً</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the logo file {0} does not exist</source>
        <translation>ملف الشعار {0} غير موجود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the logo {0} is not an image that can be printed; use a PNG or JPEG file</source>
        <translation>الشعار {0} ليس صورة قابلة للطباعة؛ استخدم ملف PNG أو JPEG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the logo {0} is an empty image</source>
        <translation>الشعار {0} صورة فارغة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a record cannot be a duplicate of itself</source>
        <translation>لا يمكن أن يكون السجل مكررًا لنفسه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only contacts and companies can be merged</source>
        <translation>يمكن دمج جهات الاتصال والشركات فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose at least two records to merge</source>
        <translation>اختر سجلين على الأقل لدمجهما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most {0} records at once</source>
        <translation>{0} سجلات كحد أقصى في المرة الواحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be one of the records being merged</source>
        <translation>يجب أن يكون أحد السجلات الجاري دمجها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has the same value in every record</source>
        <translation>قيمته واحدة في كل السجلات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record {0} is not being merged</source>
        <translation>السجل {0} ليس ضمن الدمج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record {0} is not one of the records being merged</source>
        <translation>السجل {0} ليس من السجلات الجاري دمجها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose a database file</source>
        <translation>اختر ملف قاعدة بيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is a folder; choose a file inside it</source>
        <translation>{0} مجلد؛ اختر ملفًا بداخله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a Rafiq CRM database (not an SQLite file)</source>
        <translation>{0} ليس قاعدة بيانات رفيق CRM (ليس ملف SQLite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} does not exist</source>
        <translation>{0} غير موجود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} already exists: choose “Open an existing file” to use it</source>
        <translation>{0} موجود بالفعل: اختر «فتح ملف موجود» لاستخدامه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder {0} does not exist</source>
        <translation>المجلد {0} غير موجود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder {0} is not writable</source>
        <translation>لا يمكن الكتابة في المجلد {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter the server address, e.g. postgresql://user@host/crm</source>
        <translation>أدخل عنوان الخادم، مثل postgresql://user@host/crm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a valid address ({0})</source>
        <translation>ليس عنوانًا صالحًا ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must start with postgresql:// (only PostgreSQL servers are supported)</source>
        <translation>يجب أن يبدأ بـ postgresql:// (خوادم PostgreSQL فقط مدعومة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>names no server: postgresql://user@host/crm</source>
        <translation>لم يُذكر الخادم: postgresql://user@host/crm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>names no database: add it after the server, e.g. …/crm</source>
        <translation>لم تُذكر قاعدة البيانات: أضفها بعد الخادم، مثل ‎…/crm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use the two-letter country code, e.g. IR, SA, DE</source>
        <translation>استخدم رمز الدولة المكوّن من حرفين، مثل SA أو AE أو EG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a known country code</source>
        <translation>{0} ليس رمز دولة معروفًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use the three-letter currency code, e.g. EUR, IRR, SAR</source>
        <translation>استخدم رمز العملة المكوّن من ثلاثة أحرف، مثل SAR أو AED أو EUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a single line</source>
        <translation>يجب أن يكون سطرًا واحدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose a database file or enter a server address</source>
        <translation>اختر ملف قاعدة بيانات أو أدخل عنوان خادم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer yes or no</source>
        <translation>أجب بنعم أو لا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the import is at step {0}, not {1}</source>
        <translation>الاستيراد في الخطوة {0} وليس {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose a file to import</source>
        <translation>اختر ملفًا لاستيراده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a contact field</source>
        <translation>{0} ليس حقلًا من حقول جهة الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose a contact field for at least one column</source>
        <translation>اختر حقلًا من حقول جهة الاتصال لعمود واحد على الأقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no preset called {0}</source>
        <translation>لا يوجد إعداد محفوظ باسم {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give the preset a name of 1 to {0} characters</source>
        <translation>أعطِ الإعداد المحفوظ اسمًا من ١ إلى {0} حرفًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be auto, dmy or mdy</source>
        <translation>يجب أن يكون auto أو dmy (يوم/شهر/سنة) أو mdy (شهر/يوم/سنة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same email {0} as contact {1}</source>
        <translation>البريد الإلكتروني {0} نفسه لدى جهة الاتصال {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same phone {0} as contact {1}</source>
        <translation>رقم الهاتف {0} نفسه لدى جهة الاتصال {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same uid {0} as contact {1}</source>
        <translation>المعرّف {0} نفسه لدى جهة الاتصال {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same email {0} as an earlier row of this file</source>
        <translation>البريد الإلكتروني {0} نفسه في صف سابق من هذا الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same phone {0} as an earlier row of this file</source>
        <translation>رقم الهاتف {0} نفسه في صف سابق من هذا الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same uid {0} as an earlier row of this file</source>
        <translation>المعرّف {0} نفسه في صف سابق من هذا الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be contacts or companies</source>
        <translation>يجب أن يكون جهات الاتصال أو الشركات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard holds contacts only</source>
        <translation>ملفات vCard تحمل جهات الاتصال فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown {0}; choose from {1}</source>
        <translation>غير معروف: {0}؛ اختر من {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must have at least {0} characters</source>
        <translation>يجب أن تتكون من {0} أحرف على الأقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least one active administrator must remain</source>
        <translation>يجب أن يبقى مسؤول نشط واحد على الأقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a whole number of days between 1 and {0}</source>
        <translation>يجب أن يكون عددًا صحيحًا من الأيام بين 1 و{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set your own password first, so that you can still log in</source>
        <translation>عيّن كلمة مرورك أولًا حتى تتمكن من تسجيل الدخول بعد ذلك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no user with id {0}</source>
        <translation>لا يوجد مستخدم بالمعرّف {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not your current password</source>
        <translation>ليست كلمة مرورك الحالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only an administrator can change users and office settings</source>
        <translation>لا يمكن تغيير المستخدمين وإعدادات المكتب إلا لمسؤول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your user account was deactivated or removed by an administrator; nothing was saved. Ask an administrator, then start Rafiq CRM again</source>
        <translation>عطّل مسؤولٌ حساب المستخدم الخاص بك أو أزاله؛ لم يُحفظ شيء. راجع أحد المسؤولين، ثم شغّل Rafiq CRM مجددًا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>wrong login or password</source>
        <translation>اسم الدخول أو كلمة المرور غير صحيحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this user has no password yet; ask an administrator to set one</source>
        <translation>ليس لهذا المستخدم كلمة مرور بعد؛ اطلب من مسؤول تعيينها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this user account is deactivated; ask an administrator</source>
        <translation>حساب هذا المستخدم معطّل؛ راجع أحد المسؤولين</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} {1} was not found</source>
        <translation>لم يُعثر على {0} {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} {1} was changed by someone else since you opened it (you edited version {2}, the database has version {3})</source>
        <translation>عدّل شخص آخر {0} {1} منذ أن فتحته (عدّلتَ الإصدار {2}، وقاعدة البيانات فيها الإصدار {3})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} {1} was changed by someone else since you opened it</source>
        <translation>عدّل شخص آخر {0} {1} منذ أن فتحته</translation>
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
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location line="-275"/>
        <source>&amp;General</source>
        <translation>&amp;عام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Office</source>
        <translation>&amp;المنشأة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom &amp;fields</source>
        <translation>&amp;الحقول المخصصة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Users</source>
        <translation>&amp;المستخدمون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database</source>
        <translation>&amp;قاعدة البيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pipelines</source>
        <translation>&amp;مسارات المبيعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currenc&amp;ies</source>
        <translation>&amp;العملات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mail</source>
        <translation>ال&amp;بريد</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Gregorian</source>
        <translation>ميلادي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persian (Jalali)</source>
        <translation>هجري شمسي (جلالي)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hijri (tabular)</source>
        <translation>هجري (جدولي)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persian or Arabic digits (۱۲۳ / ١٢٣)</source>
        <translation>الأرقام العربية (١٢٣)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latin digits (123)</source>
        <translation>الأرقام اللاتينية (123)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Calendar:</source>
        <translation>&amp;التقويم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Digits:</source>
        <translation>&amp;الأرقام:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digits apply to Arabic and Persian; every field accepts any digits when typing. </source>
        <translation>يسري اختيار الأرقام على العربية والفارسية، وتقبل الحقول أي أرقام عند الكتابة. </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language and calendar changes apply the next time you start Rafiq CRM.</source>
        <translation>تسري تغييرات اللغة والتقويم عند تشغيل رفيق CRM في المرة القادمة.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Business name:</source>
        <translation>&amp;اسم النشاط التجاري:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default phone &amp;region:</source>
        <translation>&amp;دولة الهاتف الافتراضية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base c&amp;urrency:</source>
        <translation>&amp;العملة الأساسية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These settings are shared by everyone who opens this database. </source>
        <translation>هذه الإعدادات مشتركة بين كل من يفتح قاعدة البيانات هذه. </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The phone region reads numbers typed without a country code.</source>
        <translation>تُستخدم دولة الهاتف الافتراضية لقراءة الأرقام المكتوبة دون رمز الدولة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Companies</source>
        <translation>الشركات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add…</source>
        <translation>&amp;إضافة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fields &amp;for:</source>
        <translation>&amp;الحقول لـ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes to custom fields are saved at once.</source>
        <translation>تُحفظ تغييرات الحقول المخصصة فورًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Login</source>
        <translation>اسم الدخول</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+106"/>
        <source>User</source>
        <translation>مستخدم</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+106"/>
        <source>Administrator</source>
        <translation>مدير النظام</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Add &amp;user</source>
        <translation>إضافة &amp;مستخدم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;This computer&apos;s user:</source>
        <translation>&amp;مستخدم هذا الحاسوب:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ogin:</source>
        <translation>&amp;اسم الدخول:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display &amp;name:</source>
        <translation>&amp;الاسم المعروض:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;الدور:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a user</source>
        <translation>إضافة مستخدم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Used the next time Rafiq CRM starts on this computer.</source>
        <translation>يُستخدم عند تشغيل رفيق CRM في المرة القادمة على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Local file</source>
        <translation>ملف محلي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared folder</source>
        <translation>مجلد مشترك</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server</source>
        <translation>خادم</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file is on a &amp;shared folder used by several computers</source>
        <translation>الملف في &amp;مجلد مشترك تستخدمه عدة حواسيب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open another…</source>
        <translation>&amp;فتح ملف آخر…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create new…</source>
        <translation>&amp;إنشاء ملف جديد…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (shared)</source>
        <translation> (مشترك)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open now:</source>
        <translation>المفتوحة حاليًا:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;الملف:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;PostgreSQL server:</source>
        <translation>&amp;خادم PostgreSQL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recent:</source>
        <translation>&amp;الأخيرة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A server address, when filled in, is used instead of the file. </source>
        <translation>إذا أُدخل عنوان خادم فسيُستخدم بدلًا من الملف. </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switching takes effect the next time you start Rafiq CRM.</source>
        <translation>يسري التبديل عند تشغيل رفيق CRM في المرة القادمة.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Custom fields</source>
        <translation>الحقول المخصصة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text</source>
        <translation>نص</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>تاريخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choice</source>
        <translation>اختيار من قائمة</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete the field “{0}”? Values already entered are kept and come back if the field is added again.</source>
        <translation>هل تريد حذف الحقل «{0}»؟ تُحفظ القيم المُدخلة وتعود إذا أُضيف الحقل مرة أخرى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Delete field</source>
        <translation>حذف الحقل</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (inactive)</source>
        <translation> (معطّل)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only an administrator can add users.</source>
        <translation>لا يمكن إلا لمدير النظام إضافة مستخدمين.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add user</source>
        <translation>إضافة مستخدم</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rafiq CRM database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>قاعدة بيانات رفيق CRM (*.sqlite3 *.sqlite *.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database file</source>
        <translation>ملف قاعدة البيانات</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The new language and calendar apply the next time you start Rafiq CRM.</source>
        <translation>تسري اللغة والتقويم الجديدان عند تشغيل رفيق CRM في المرة القادمة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rafiq CRM will open {0} the next time it starts.</source>
        <translation>سيفتح رفيق CRM قاعدة البيانات {0} عند تشغيله في المرة القادمة.</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../crm_desktop/ui/import_wizard.py" line="-319"/>
        <source>How the file is written</source>
        <translation>كيف كُتب الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that names and letters look right in the preview.</source>
        <translation>تأكد من أن الأسماء والحروف تظهر صحيحة في المعاينة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comma</source>
        <translation>فاصلة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Semicolon</source>
        <translation>فاصلة منقوطة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tab</source>
        <translation>علامة الجدولة (Tab)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first row holds the column &amp;names</source>
        <translation>الصف الأول يحتوي على &amp;أسماء الأعمدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recognise</source>
        <translation>تعرّف تلقائي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day/month/year</source>
        <translation>يوم/شهر/سنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month/day/year</source>
        <translation>شهر/يوم/سنة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;الترميز:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Separator:</source>
        <translation>&amp;الفاصل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;heet:</source>
        <translation>&amp;الورقة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dates:</source>
        <translation>&amp;التواريخ:</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../crm_desktop/ui/pages/tasks_page.py" line="+64"/>
        <source>Edit task</source>
        <translation>تعديل المهمة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;No due date</source>
        <translation>&amp;بلا تاريخ استحقاق</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location line="+21"/>
        <location line="+61"/>
        <source>My tasks</source>
        <translation>مهامي</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>&amp;Mine</source>
        <translation>&amp;مهامي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Everyone&apos;s</source>
        <translation>مهام &amp;الجميع</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New task…</source>
        <translation>مهمة &amp;جديدة…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Done</source>
        <translation>تمت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linked to</source>
        <translation>مرتبطة بـ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assignee</source>
        <translation>المكلَّف</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No open tasks. Add one here or from a contact&apos;s page.</source>
        <translation>لا توجد مهام مفتوحة. أضف مهمة من هنا أو من صفحة جهة اتصال.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Overdue ({0})</source>
        <translation>متأخرة ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today ({0})</source>
        <translation>اليوم ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upcoming ({0})</source>
        <translation>قادمة ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No date ({0})</source>
        <translation>بلا تاريخ ({0})</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normal</source>
        <translation>عادية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tick when done</source>
        <translation>ضع علامة عند الإنجاز</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Someone else changed the task {0} meanwhile. It was reloaded; please check it and try again.</source>
        <translation>عدّل مستخدم آخر المهمة {0} في هذه الأثناء. أُعيد تحميلها؛ يُرجى مراجعتها والمحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task changed</source>
        <translation>تغيّرت المهمة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complete task</source>
        <translation>إنجاز المهمة</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../crm_desktop/ui/widgets/timeline_view.py" line="+29"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>مكالمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>اجتماع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>مهمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax</source>
        <translation>فاكس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>رسالة نصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment</source>
        <translation>موعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal</source>
        <translation>صفقة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>won</source>
        <translation>ناجحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost</source>
        <translation>خاسرة</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Everything</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing here yet. Use the buttons above to log a call, add a note or a task.</source>
        <translation>لا شيء هنا بعد. استخدم الأزرار أعلاه لتسجيل مكالمة أو إضافة ملاحظة أو مهمة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show older items</source>
        <translation>عرض العناصر الأقدم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>History</source>
        <translation>سجل الأنشطة</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{0} bytes</source>
        <translation>{0} بايت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From {0}</source>
        <translation>من {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent from {0}</source>
        <translation>أُرسلت من {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} min</source>
        <translation>{0} دقيقة</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../crm_desktop/ui/pages/trash_page.py" line="+35"/>
        <source>Contact</source>
        <translation>جهة اتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>شركة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunity</source>
        <translation>فرصة بيع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>نشاط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment</source>
        <translation>موعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+63"/>
        <source>Trash</source>
        <translation>سلة المحذوفات</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>All types</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Type:</source>
        <translation>&amp;النوع:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore</source>
        <translation>&amp;استعادة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete for good…</source>
        <translation>&amp;حذف نهائي…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Empty trash…</source>
        <translation>&amp;إفراغ سلة المحذوفات…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted at</source>
        <translation>وقت الحذف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted by</source>
        <translation>حُذف بواسطة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Trash is empty. Records you delete wait here until you restore them or delete them for good.</source>
        <translation>سلة المحذوفات فارغة. تبقى السجلات التي تحذفها هنا حتى تستعيدها أو تحذفها نهائيًا.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>(unknown)</source>
        <translation>(غير معروف)</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%Ln deleted record(s)</source>
        <translation>
            <numerusform>لا توجد سجلات محذوفة</numerusform>
            <numerusform>سجل محذوف واحد</numerusform>
            <numerusform>سجلان محذوفان</numerusform>
            <numerusform>%Ln سجلات محذوفة</numerusform>
            <numerusform>%Ln سجلًا محذوفًا</numerusform>
            <numerusform>%Ln سجل محذوف</numerusform>
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
        <translation>استعادة</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+17"/>
        <source>Delete for good</source>
        <translation>حذف نهائي</translation>
    </message>
    <message numerus="yes">
        <location line="-15"/>
        <source>Delete %Ln record(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>لا توجد سجلات لحذفها.</numerusform>
            <numerusform>هل تريد حذف سجل واحد نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد حذف سجلين نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد حذف %Ln سجلات نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد حذف %Ln سجلًا نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد حذف %Ln سجل نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+11"/>
        <location line="+5"/>
        <source>Empty trash</source>
        <translation>إفراغ سلة المحذوفات</translation>
    </message>
    <message numerus="yes">
        <location line="-11"/>
        <source>Delete all %Ln record(s) in the Trash for good, of every type? This cannot be undone.</source>
        <translation>
            <numerusform>سلة المحذوفات فارغة.</numerusform>
            <numerusform>هل تريد حذف السجل الوحيد في سلة المحذوفات نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد حذف السجلين الموجودين في سلة المحذوفات نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد حذف كل ما في سلة المحذوفات (%Ln سجلات) نهائيًا، من كل الأنواع؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد حذف كل ما في سلة المحذوفات (%Ln سجلًا) نهائيًا، من كل الأنواع؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد حذف كل ما في سلة المحذوفات (%Ln سجل) نهائيًا، من كل الأنواع؟ لا يمكن التراجع عن ذلك.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Some records could not be changed; the list was reloaded.</source>
        <translation>تعذّر تغيير بعض السجلات؛ أُعيد تحميل القائمة.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../crm_desktop/ui/login_dialog.py" line="-109"/>
        <location line="+3"/>
        <source>User</source>
        <translation>مستخدم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Administrator</source>
        <translation>مسؤول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Active (may log in and save)</source>
        <translation>&amp;نشط (يمكنه الدخول والحفظ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave empty to keep the current password</source>
        <translation>اتركه فارغًا للإبقاء على كلمة المرور الحالية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Display &amp;name:</source>
        <translation>الاسم الم&amp;عروض:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ogin:</source>
        <translation>اسم ال&amp;دخول:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>ال&amp;دور:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;password:</source>
        <translation>كلمة المرور ال&amp;جديدة:</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>&amp;Edit user…</source>
        <translation>&amp;تعديل المستخدم…</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../crm_desktop/ui/documents/versions.py" line="+35"/>
        <source>Versions of {0}</source>
        <translation>إصدارات {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save a copy…</source>
        <translation>&amp;حفظ نسخة…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Version {0} · {1} · {2}</source>
        <translation>الإصدار {0} · {1} · {2}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save a copy</source>
        <translation>حفظ نسخة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved {0}</source>
        <translation>تم الحفظ: {0}</translation>
    </message>
</context>
<context>
    <name>_RunningPage</name>
    <message>
        <location filename="../crm_desktop/ui/import_wizard.py" line="+172"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{0} rows read…</source>
        <translation>الصفوف المقروءة: {0}…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancelled. Nothing was imported; the database is as it was.</source>
        <translation>أُلغي. لم يُستورد شيء، وقاعدة البيانات كما كانت.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>updated</source>
        <translation>مُحدَّث</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>skipped</source>
        <translation>متخطّى</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} rows: {1} new, {2} updated, {3} skipped as duplicates, {4} with problems</source>
        <translation>الصفوف: {0} — جديدة: {1}، مُحدَّثة: {2}، متخطّاة لأنها مكررة: {3}، فيها مشكلات: {4}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The import will do this. </source>
        <translation>هذا ما سيفعله الاستيراد. </translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../crm_desktop/ui/documents/model.py" line="+86"/>
        <source>Unexpected error: {error}</source>
        <translation>خطأ غير متوقع: {error}</translation>
    </message>
</context>
</TS>
