<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
<context>
    <name>AbusiveCallerDialog</name>
    <message>
        <location filename="../ui/dialogs/AbusiveCallerDialog.cpp" line="+92"/>
        <source>Abusive caller</source>
        <translation>بدزبان کالر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not accept abusive or profane language. Choose what to do and say the line below it.</source>
        <translation>گالی گلوچ یا نازیبا زبان برداشت نہ کریں۔ منتخب کریں کہ کیا کرنا ہے اور اس کے نیچے دیا گیا جملہ کہیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the caller on &amp;hold</source>
        <translation>کالر کو ہولڈ پر رکھیں(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the abusive caller on hold</source>
        <translation>بدزبان کالر کو ہولڈ پر رکھیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask to involve a &amp;supervisor</source>
        <translation>سپروائزر کو شامل کرنے کی درخواست کریں(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask whether a supervisor may be involved</source>
        <translation>پوچھیں کہ کیا کسی سپروائزر کو شامل کیا جا سکتا ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line to say before the hold</source>
        <translation>ہولڈ سے پہلے کہنے کا جملہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line to say to involve a supervisor</source>
        <translation>سپروائزر کو شامل کرنے کے لیے کہنے کا جملہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>AdminCommand</name>
    <message>
        <location filename="../ui/platform/AdminCommand.cpp" line="+42"/>
        <source>The password file %1 cannot be read.</source>
        <translation>پاس ورڈ فائل %1 پڑھی نہیں جا سکتی۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New password for %1: </source>
        <translation>%1 کے لیے نیا پاس ورڈ: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the password again: </source>
        <translation>پاس ورڈ دوبارہ لکھیں: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords differ. Nothing was changed.</source>
        <translation>دونوں پاس ورڈ مختلف ہیں۔ کچھ بھی تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sets up a team database on PostgreSQL and adds people to it.

  cordial admin init --db postgresql://… --login LOGIN --name NAME
      creates the roles, the tables and the first administrator
  cordial admin add-agent LOGIN --name NAME --role agent|supervisor|admin --team TEAM --db …
      adds a person; supervisors add agents to their own teams</source>
        <translation>PostgreSQL پر ٹیم ڈیٹابیس تیار کرتا ہے اور اس میں لوگوں کو شامل کرتا ہے۔

  cordial admin init --db postgresql://… --login LOGIN --name NAME
      کردار، جدولیں اور پہلا منتظم بناتا ہے
  cordial admin add-agent LOGIN --name NAME --role agent|supervisor|admin --team TEAM --db …
      ایک شخص کو شامل کرتا ہے؛ سپروائزر اپنی ٹیموں میں ایجنٹ شامل کرتے ہیں</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The team database: postgresql://user@host:port/database.</source>
        <extracomment>Command-line help; keep &quot;postgresql://&quot; as it is</extracomment>
        <translation>ٹیم ڈیٹابیس: postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login of the first administrator (init).</source>
        <translation>پہلے منتظم کا لاگ اِن (init)۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>login</source>
        <translation>لاگ اِن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person&apos;s name as said in the greeting.</source>
        <translation>اس شخص کا نام، جیسے سلام میں بولا جاتا ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agent, supervisor or admin (default: agent).</source>
        <translation>agent، supervisor یا admin (طے شدہ: agent)۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A team of the agent, or a team the supervisor supervises; may be repeated.</source>
        <translation>ایجنٹ کی ٹیم، یا وہ ٹیم جس کی نگرانی سپروائزر کرتا ہے؛ ایک سے زیادہ بار دی جا سکتی ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team</source>
        <translation>ٹیم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the new password from the first line of this file instead of the terminal.</source>
        <translation>نیا پاس ورڈ ٹرمینل کے بجائے اس فائل کی پہلی سطر سے پڑھیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>فائل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>init or add-agent, then the login for add-agent.</source>
        <extracomment>Command-line help for the positional arguments; keep the command words as they are</extracomment>
        <translation>init یا add-agent، اور add-agent کے بعد لاگ اِن۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>command [login]</source>
        <translation>command [login]</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Say what to do: “cordial admin init” or “cordial admin add-agent LOGIN”.</source>
        <extracomment>keep &quot;init&quot; and &quot;add-agent&quot; as they are</extracomment>
        <translation>بتائیں کیا کرنا ہے: “cordial admin init” یا “cordial admin add-agent LOGIN”۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name the team database with --db postgresql://user@host:port/database.</source>
        <translation>ٹیم ڈیٹابیس --db postgresql://user@host:port/database سے بتائیں۔</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The team database %1 is ready (schema version %2). Its first administrator is %3.</source>
        <translation>ٹیم ڈیٹابیس %1 تیار ہے (اسکیما ورژن %2)۔ اس کے پہلے منتظم %3 ہیں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was added to the team database %2 and can sign in now.</source>
        <translation>%1 کو ٹیم ڈیٹابیس %2 میں شامل کر دیا گیا ہے اور اب وہ سائن اِن کر سکتے ہیں۔</translation>
    </message>
</context>
<context>
    <name>AgentDirectory</name>
    <message>
        <location filename="../app/services/AgentDirectory.cpp" line="+26"/>
        <source>Cordial could not sign you in as %1: %2</source>
        <translation>Cordial آپ کو %1 کے طور پر سائن ان نہیں کر سکا: %2</translation>
    </message>
</context>
<context>
    <name>CallActions</name>
    <message>
        <location filename="../ui/windows/CallActions.cpp" line="+95"/>
        <source>&amp;New call…</source>
        <translation>نئی کال(&amp;N)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a call: incoming, in person or a callback</source>
        <translation>کال شروع کریں: آنے والی کال، روبرو یا کال بیک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Answer</source>
        <translation>جواب دیں(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer the ringing call</source>
        <translation>بجنے والی کال کا جواب دیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Transfer…</source>
        <translation>منتقل کریں(&amp;T)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transfer the customer to a department or manager</source>
        <translation>گاہک کو کسی شعبے یا مینیجر کو منتقل کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer &amp;connected</source>
        <translation>گاہک منسلک ہو گیا(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer is connected to the transfer target: leave the call</source>
        <translation>گاہک منتقلی کی منزل سے منسلک ہو گیا ہے: کال چھوڑ دیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the transfer and return to the customer</source>
        <translation>منتقلی منسوخ کریں اور گاہک کے پاس واپس جائیں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tak&amp;e the customer back</source>
        <translation>گاہک کے پاس واپس جائیں(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;busive caller…</source>
        <translation>بدزبان کالر(&amp;B)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Put an abusive caller on hold or involve a supervisor</source>
        <translation>بدزبان کالر کو ہولڈ پر رکھیں یا سپروائزر کو شامل کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Payment read-back…</source>
        <translation>ادائیگی کی تفصیلات دہرائیں(&amp;P)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the payment details back to the customer</source>
        <translation>ادائیگی کی تفصیلات گاہک کو پڑھ کر سنائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule &amp;follow-up…</source>
        <translation>فالو اپ طے کریں(&amp;F)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agree who will contact the customer, when and why</source>
        <translation>طے کریں کہ گاہک سے کون، کب اور کیوں رابطہ کرے گا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wrap up…</source>
        <translation>ریپ اپ کریں(&amp;W)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End the conversation and record its outcome</source>
        <translation>گفتگو ختم کریں اور اس کا نتیجہ ریکارڈ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose call…</source>
        <translation>کال بند کریں(&amp;L)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the call after wrap-up, or a call that was never answered</source>
        <translation>ریپ اپ کے بعد کال بند کریں، یا ایسی کال جس کا کبھی جواب نہیں دیا گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the re&amp;quest</source>
        <translation>درخواست لکھیں(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type n&amp;otes</source>
        <translation>نوٹس لکھیں(&amp;O)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Go to the request fields of the script</source>
        <translation>اسکرپٹ کے درخواست والے خانوں پر جائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the notes of this call</source>
        <translation>اس کال کے نوٹس پر جائیں</translation>
    </message>
</context>
<context>
    <name>CallBar</name>
    <message>
        <location filename="../ui/panels/CallBar.cpp" line="+27"/>
        <source>Ringing</source>
        <translation>گھنٹی بج رہی ہے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In conversation</source>
        <translation>گفتگو جاری ہے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer on hold</source>
        <translation>گاہک ہولڈ پر ہے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transferring (customer on hold)</source>
        <translation>منتقلی جاری ہے (گاہک ہولڈ پر)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrap-up</source>
        <translation>ریپ اپ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call closed</source>
        <translation>کال بند ہو گئی</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>No call</source>
        <translation>کوئی کال نہیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transferring to %1 (customer on hold)</source>
        <translation>%1 کو منتقل کیا جا رہا ہے (گاہک ہولڈ پر ہے)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer on hold over a minute</source>
        <translation>گاہک ایک منٹ سے زیادہ ہولڈ پر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transferring (customer waiting over a minute)</source>
        <translation>منتقلی جاری ہے (گاہک ایک منٹ سے زیادہ انتظار میں)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transferring to %1 (customer waiting over a minute)</source>
        <translation>%1 کو منتقل کیا جا رہا ہے (گاہک ایک منٹ سے زیادہ انتظار میں)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Call %1</source>
        <translation>کال %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Hold total %1, longest %2 (%n hold(s))</source>
        <translation>
            <numerusform>کل ہولڈ %1، سب سے طویل %2 (%n بار)</numerusform>
            <numerusform>کل ہولڈ %1، سب سے طویل %2 (%n بار)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No hold yet</source>
        <translation>ابھی تک کوئی ہولڈ نہیں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After-call work %1</source>
        <translation>کال کے بعد کا کام %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Current call</source>
        <translation>موجودہ کال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call state</source>
        <translation>کال کی حالت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call duration</source>
        <translation>کال کا دورانیہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold times</source>
        <translation>ہولڈ کے اوقات</translation>
    </message>
</context>
<context>
    <name>CallController</name>
    <message>
        <location filename="../ui/windows/CallFlowContext.cpp" line="+40"/>
        <source>Take the customer off hold first.</source>
        <translation>پہلے گاہک کو ہولڈ سے ہٹائیں۔</translation>
    </message>
    <message>
        <location filename="../ui/windows/CallController.cpp" line="+190"/>
        <location line="+15"/>
        <source>Close the current call before starting another.</source>
        <translation>دوسری کال شروع کرنے سے پہلے موجودہ کال بند کریں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A new customer card was created for %1.</source>
        <translation>%1 کے لیے نیا گاہک کارڈ بنا دیا گیا۔</translation>
    </message>
    <message>
        <location filename="../ui/windows/TransferFlow.cpp" line="+39"/>
        <source>There is nobody to transfer to: no department or manager is set up.</source>
        <translation>منتقل کرنے کے لیے کوئی موجود نہیں: کوئی شعبہ یا مینیجر ترتیب نہیں دیا گیا۔</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Consulting %1 while the customer waits on hold. Stay on the line and press “Customer connected” once they are connected.</source>
        <translation>گاہک ہولڈ پر انتظار کر رہا ہے اور آپ %1 سے مشورہ کر رہے ہیں۔ لائن پر رہیں اور منسلک ہوتے ہی “گاہک منسلک ہو گیا” دبائیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cold transfer to %1 recorded. Wrap up the call.</source>
        <translation>%1 کو براہِ راست منتقلی ریکارڈ کر لی گئی۔ کال کا ریپ اپ کریں۔</translation>
    </message>
    <message>
        <location filename="../ui/windows/CallController.cpp" line="+54"/>
        <source>The caller is on hold. Your choice is recorded.</source>
        <translation>کالر ہولڈ پر ہے۔ آپ کا انتخاب ریکارڈ کر لیا گیا ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded: you asked whether a supervisor may be involved.</source>
        <translation>ریکارڈ کر لیا گیا: آپ نے پوچھا کہ کیا کسی سپروائزر کو شامل کیا جا سکتا ہے۔</translation>
    </message>
    <message>
        <location filename="../ui/windows/WrapUpFlow.cpp" line="+56"/>
        <source>Close the call</source>
        <translation>کال بند کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The call was not answered. Close it and record it as missed?</source>
        <translation>کال کا جواب نہیں دیا گیا۔ کیا اسے بند کر کے چھوٹی ہوئی کال کے طور پر ریکارڈ کیا جائے؟</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Call closed: %1.</source>
        <translation>کال بند ہو گئی: %1۔</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Address: %1</source>
        <translation>پتہ: %1</translation>
    </message>
</context>
<context>
    <name>CallIntake</name>
    <message>
        <location filename="../ui/windows/CallIntake.cpp" line="+53"/>
        <source>A call for %1 came in while another call is open. Close the current call, then start the new one from the New call dialog.</source>
        <translation>ایک کال کھلی ہونے کے دوران %1 کے لیے کال آئی۔ موجودہ کال بند کریں، پھر “نئی کال” ڈائیلاگ سے نئی کال شروع کریں۔</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>an unknown caller</source>
        <translation>ایک نامعلوم کالر</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A call with %1 was interrupted at %2. Resume it?</source>
        <translation>%1 کے ساتھ ایک کال %2 پر منقطع ہو گئی تھی۔ کیا اسے دوبارہ شروع کریں؟</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Interrupted call</source>
        <translation>منقطع کال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closing it records the call as abandoned, with its notes as they were saved. This cannot be undone.</source>
        <translation>اسے بند کرنے سے کال ترک شدہ کے طور پر درج ہو گی، اور اس کے نوٹس ویسے ہی رہیں گے جیسے محفوظ ہوئے تھے۔ اسے کالعدم نہیں کیا جا سکتا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resume the call</source>
        <translation>کال جاری رکھیں(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close it as abandoned</source>
        <translation>ترک شدہ کے طور پر بند کریں(&amp;C)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The interrupted call was closed as abandoned.</source>
        <translation>منقطع کال کو ترک شدہ کے طور پر بند کر دیا گیا۔</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n older interrupted call(s) were closed as abandoned.</source>
        <translation>
            <numerusform>%n پرانی منقطع کال کو ترک شدہ کے طور پر بند کر دیا گیا۔</numerusform>
            <numerusform>%n پرانی منقطع کالوں کو ترک شدہ کے طور پر بند کر دیا گیا۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallRequest</name>
    <message>
        <location filename="../app/integration/CallRequest.cpp" line="+37"/>
        <location line="+59"/>
        <location line="+36"/>
        <source>The link does not contain a phone number.</source>
        <translation>لنک میں کوئی فون نمبر نہیں ہے۔</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>The extension “%1” must contain digits only.</source>
        <translation>ایکسٹینشن “%1” میں صرف ہندسے ہونے چاہییں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The extension “%1” is too long: at most %2 digits are allowed.</source>
        <translation>ایکسٹینشن “%1” بہت لمبا ہے: اس میں زیادہ سے زیادہ %2 ہندسے ہو سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The link is not a Cordial call link.</source>
        <translation>یہ لنک Cordial کا کال لنک نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The link names an unknown channel “%1”.</source>
        <translation>لنک میں ایک نامعلوم چینل “%1” درج ہے۔</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The link is too long to be a call request.</source>
        <translation>کال کی درخواست کے لیے یہ لنک بہت لمبا ہے۔</translation>
    </message>
</context>
<context>
    <name>CallSession</name>
    <message>
        <location filename="../app/services/CallSession.cpp" line="+77"/>
        <source>Close the current call before starting another.</source>
        <translation>دوسری کال شروع کرنے سے پہلے موجودہ کال بند کریں۔</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The call is not on hold.</source>
        <translation>کال ہولڈ پر نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No transfer is in progress.</source>
        <translation>اس وقت کوئی منتقلی جاری نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../app/services/CallHistory.cpp" line="+105"/>
        <source>Payment card read back: %1 ending in %2.</source>
        <extracomment>In a call&apos;s history entry. %1 is the card brand (&quot;Visa&quot;, or a word for an unknown brand), %2 the card&apos;s last four digits.</extracomment>
        <translation>ادائیگی کارڈ کی تفصیلات دہرائی گئیں: %1، آخری چار ہندسے %2۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Follow-up due: %1.</source>
        <extracomment>In a call&apos;s history entry. %1 is the date and time the follow-up is due.</extracomment>
        <translation>فالو اپ کا مقررہ وقت: %1۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-up: %1, due %2.</source>
        <extracomment>In a call&apos;s history entry. %1 is the agent who will follow up, %2 the date and time it is due.</extracomment>
        <translation>فالو اپ: %1، مقررہ وقت %2۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not answered; closed after %1.</source>
        <translation>جواب نہیں دیا گیا؛ %1 کے بعد بند ہوئی۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Talk time %1, no hold.</source>
        <translation>گفتگو کا وقت %1، کوئی ہولڈ نہیں۔</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Talk time %1; on hold %2 in total, the longest %3 (%n hold(s)).</source>
        <translation>
            <numerusform>گفتگو کا وقت %1؛ کل ہولڈ %2، سب سے طویل %3 (%n بار)۔</numerusform>
            <numerusform>گفتگو کا وقت %1؛ کل ہولڈ %2، سب سے طویل %3 (%n بار)۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/services/CallSession.cpp" line="+94"/>
        <source>Choose a time in the future for the follow-up.</source>
        <translation>فالو اپ کے لیے مستقبل کا کوئی وقت منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../app/services/CallHistory.cpp" line="-5"/>
        <source>The program stopped during the call, and the call was not taken up again.</source>
        <translation>کال کے دوران پروگرام بند ہو گیا، اور کال دوبارہ شروع نہیں کی گئی۔</translation>
    </message>
    <message>
        <location filename="../app/domain/Disposition.cpp" line="+40"/>
        <source>Resolved</source>
        <translation>حل ہو گیا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up needed</source>
        <translation>فالو اپ درکار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transferred</source>
        <translation>منتقل کیا گیا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalated</source>
        <translation>اعلیٰ سطح پر بھیجا گیا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint</source>
        <translation>شکایت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missed</source>
        <translation>چھوٹی ہوئی کال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abandoned</source>
        <translation>ترک شدہ</translation>
    </message>
    <message>
        <location filename="../app/services/CallHistory.cpp" line="-42"/>
        <source>%1: %2</source>
        <comment>history subject: outcome of the call, first line of its summary</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Call notes:</source>
        <translation>کال کے نوٹس:</translation>
    </message>
    <message>
        <location filename="../app/services/CallSession.cpp" line="+75"/>
        <source>Close the current call before resuming another.</source>
        <translation>دوسری کال دوبارہ شروع کرنے سے پہلے موجودہ کال بند کریں۔</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+9"/>
        <source>The interrupted call no longer exists or is already closed.</source>
        <translation>منقطع ہونے والی کال اب موجود نہیں ہے یا پہلے ہی بند ہو چکی ہے۔</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>There is no call in progress.</source>
        <translation>اس وقت کوئی کال جاری نہیں ہے۔</translation>
    </message>
</context>
<context>
    <name>CallStateMachine</name>
    <message>
        <location filename="../app/domain/CallStateMachine.cpp" line="+68"/>
        <source>The call is already ringing.</source>
        <translation>کال کی گھنٹی پہلے ہی بج رہی ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The call is already in progress.</source>
        <translation>کال پہلے ہی جاری ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The call is already on hold.</source>
        <translation>کال پہلے ہی ہولڈ پر ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A transfer is already in progress.</source>
        <translation>ایک منتقلی پہلے ہی جاری ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The call is already in wrap-up.</source>
        <translation>کال پہلے ہی ریپ اپ کے مرحلے میں ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The call is already closed.</source>
        <translation>کال پہلے ہی بند ہو چکی ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The call is closed and can no longer change.</source>
        <translation>کال بند ہو چکی ہے اور اب اس میں تبدیلی نہیں کی جا سکتی۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A call that has been answered cannot ring again.</source>
        <translation>جس کال کا جواب دیا جا چکا ہو، اس کی گھنٹی دوبارہ نہیں بج سکتی۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer the call first.</source>
        <translation>پہلے کال کا جواب دیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The conversation has ended; finish the wrap-up and close the call.</source>
        <translation>گفتگو ختم ہو چکی ہے؛ ریپ اپ مکمل کریں اور کال بند کریں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End the hold before closing the call.</source>
        <translation>کال بند کرنے سے پہلے ہولڈ ختم کریں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete or cancel the transfer before closing the call.</source>
        <translation>کال بند کرنے سے پہلے منتقلی مکمل یا منسوخ کریں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrap up the call before closing it.</source>
        <translation>کال بند کرنے سے پہلے اس کا ریپ اپ کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End the hold before wrapping up the call.</source>
        <translation>کال کا ریپ اپ کرنے سے پہلے ہولڈ ختم کریں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer is already waiting while the transfer is in progress.</source>
        <translation>منتقلی کے دوران گاہک پہلے ہی انتظار کر رہا ہے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This change to the call is not allowed.</source>
        <translation>کال میں یہ تبدیلی کرنے کی اجازت نہیں ہے۔</translation>
    </message>
</context>
<context>
    <name>CallTimeline</name>
    <message>
        <location filename="../app/services/CallTimeline.cpp" line="+40"/>
        <source>Note: %1</source>
        <extracomment>A line of a call&apos;s timeline in the history. %1 is the agent&apos;s note, on one line.</extracomment>
        <translation>نوٹ: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Outgoing call started</source>
        <translation>باہر جانے والی کال شروع ہوئی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incoming call</source>
        <translation>آنے والی کال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answered after %1</source>
        <extracomment>A line of a call&apos;s timeline. %1 is how long it rang, as 0:12.</extracomment>
        <translation>%1 کے بعد جواب دیا گیا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On hold for the transfer consultation</source>
        <translation>منتقلی سے پہلے مشورے کے لیے ہولڈ پر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hold</source>
        <translation>ہولڈ پر</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+68"/>
        <source>Apologised for the wait</source>
        <translation>انتظار کے لیے معذرت کی</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Warm transfer to %1: consulting first</source>
        <extracomment>A line of a call&apos;s timeline. %1 is a department or a manager.</extracomment>
        <translation>%1 کو مشاورتی منتقلی: پہلے مشورہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer to %1</source>
        <translation>%1 کو منتقلی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer connected</source>
        <translation>منتقلی منسلک ہو گئی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer cancelled; back with the caller</source>
        <translation>منتقلی منسوخ؛ کالر سے دوبارہ بات شروع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cold transfer to %1</source>
        <extracomment>A line of a call&apos;s timeline. %1 is a department or a manager.</extracomment>
        <translation>%1 کو براہِ راست منتقلی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abusive language: the caller was put on hold</source>
        <translation>بدزبانی: کالر کو ہولڈ پر رکھا گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abusive language: a supervisor was offered</source>
        <translation>بدزبانی: سپروائزر کو شامل کرنے کی پیشکش کی گئی</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Script step said: %1</source>
        <extracomment>A line of a call&apos;s timeline. %1 is the title of a step of the call script.</extracomment>
        <translation>اسکرپٹ کا مرحلہ بولا گیا: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Script step skipped: %1</source>
        <translation>اسکرپٹ کا مرحلہ چھوڑا گیا: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrap-up started</source>
        <translation>ریپ اپ شروع ہوا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed: the program stopped during the call</source>
        <translation>بند: کال کے دوران پروگرام بند ہو گیا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed: not answered</source>
        <translation>بند: جواب نہیں دیا گیا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed: %1</source>
        <extracomment>A line of a call&apos;s timeline. %1 is the wrap-up&apos;s outcome (&quot;Resolved&quot;).</extracomment>
        <translation>بند: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken up again after the program stopped</source>
        <translation>پروگرام بند ہونے کے بعد کال دوبارہ شروع کی گئی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed as abandoned after the program stopped</source>
        <translation>پروگرام بند ہونے کے بعد ترک شدہ کال کے طور پر بند کی گئی</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Waited %1 during the transfer consultation, a minute or more</source>
        <extracomment>A line of a call&apos;s timeline. %1 is how long the caller waited, as 1:25.</extracomment>
        <translation>منتقلی کے مشورے کے دوران %1 انتظار کیا، ایک منٹ یا اس سے زیادہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waited %1 during the transfer consultation</source>
        <translation>منتقلی کے مشورے کے دوران %1 انتظار کیا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On hold for %1, a minute or more</source>
        <extracomment>A line of a call&apos;s timeline. %1 is how long the caller was on hold, as 1:25.</extracomment>
        <translation>%1 تک ہولڈ پر، ایک منٹ یا اس سے زیادہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On hold for %1</source>
        <translation>%1 تک ہولڈ پر</translation>
    </message>
</context>
<context>
    <name>CardExpiry</name>
    <message>
        <location filename="../app/domain/CardExpiry.cpp" line="+102"/>
        <source>“%1” is not an expiry date. Type the month and the year as printed on the card, for example 05/29.</source>
        <translation>“%1” میعاد ختم ہونے کی تاریخ نہیں ہے۔ براہِ کرم مہینہ اور سال ویسے ہی لکھیں جیسے کارڈ پر چھپے ہیں، مثلاً 05/29۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no month %1: the month is a number from 01 to 12 (MM/YY).</source>
        <extracomment>%1 is the month as typed (&quot;13&quot;). MM/YY: two-digit month, slash, two-digit year.</extracomment>
        <translation>%1 نمبر کا کوئی مہینہ نہیں ہوتا: مہینہ 01 سے 12 تک کا عدد ہوتا ہے (MM/YY)۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This card expired at the end of %1. Ask the customer for a card that is still valid.</source>
        <translation>اس کارڈ کی میعاد %1 کے آخر میں ختم ہو چکی ہے۔ براہِ کرم گاہک سے ایسا کارڈ مانگیں جو ابھی درست ہو۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The expiry date %1 is more than %2 years ahead; check it with the customer.</source>
        <translation>میعاد ختم ہونے کی تاریخ %1 آج سے %2 سال سے بھی زیادہ آگے ہے؛ گاہک سے اس کی تصدیق کریں۔</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 %2</source>
        <comment>month and year of a card&apos;s expiry</comment>
        <extracomment>A card&apos;s expiry in words: %1 is the month&apos;s name (standalone form, &quot;September&quot;), %2 the year.</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>CardMasker</name>
    <message>
        <location filename="../app/domain/CardMasker.cpp" line="+51"/>
        <source>[%1 •••• %2]</source>
        <extracomment>Replaces a card number typed into a note: %1 is the card brand (&quot;Visa&quot;), %2 the last four digits as the agent typed them. Keep the brackets and the four dots.</extracomment>
        <translation>[%1 •••• %2]</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>A card number has only digits, spaces and dashes. Remove the other characters.</source>
        <translation>کارڈ نمبر میں صرف ہندسے، اسپیس اور ڈیش ہوتے ہیں۔ دوسرے حروف ہٹا دیں۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A card number has %1 to %2 digits, not %3.</source>
        <translation>کارڈ نمبر میں %1 سے %2 ہندسے ہوتے ہیں، %3 نہیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No card scheme issues numbers that start with these digits. Check the number with the customer.</source>
        <translation>کوئی بھی کارڈ نیٹ ورک ان ہندسوں سے شروع ہونے والے نمبر جاری نہیں کرتا۔ گاہک سے نمبر کی تصدیق کریں۔</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 card numbers are longer: %n digit(s) entered so far.</source>
        <translation>
            <numerusform>%1 کارڈ نمبر اس سے لمبے ہوتے ہیں: اب تک %n ہندسہ درج کیا گیا ہے۔</numerusform>
            <numerusform>%1 کارڈ نمبر اس سے لمبے ہوتے ہیں: اب تک %n ہندسے درج کیے گئے ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 card numbers are shorter: %2 digits entered. Check the number with the customer.</source>
        <translation>%1 کارڈ نمبر اس سے چھوٹے ہوتے ہیں: %2 ہندسے درج کیے گئے ہیں۔ گاہک سے نمبر کی تصدیق کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 digits is not a valid length for a %2 card. Check the number with the customer.</source>
        <translation>%1 ہندسے %2 کارڈ کے لیے درست لمبائی نہیں ہے۔ گاہک سے نمبر کی تصدیق کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This card number is not valid: the check digit does not match. Read the digits back to the customer and correct them.</source>
        <translation>یہ کارڈ نمبر درست نہیں ہے: چیک ڈیجٹ مطابقت نہیں رکھتا۔ گاہک کو ہندسے پڑھ کر سنائیں اور انہیں درست کریں۔</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>card</source>
        <comment>payment card of an unrecognised brand, read to the customer</comment>
        <translation>کارڈ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter the name on the card.</source>
        <translation>کارڈ پر لکھا ہوا نام درج کریں۔</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>•••</source>
        <extracomment>Replaces a card security code (CVV) typed into a note.</extracomment>
        <translation>•••</translation>
    </message>
</context>
<context>
    <name>ChannelInfo</name>
    <message>
        <location filename="../app/domain/Channel.cpp" line="+37"/>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In person</source>
        <translation>روبرو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voicemail</source>
        <translation>وائس میل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter</source>
        <translation>خط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>ای میل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web form</source>
        <translation>ویب فارم</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../ui/platform/CommandLine.cpp" line="+26"/>
        <source>Cordial: an agent console for frontline customer service.</source>
        <translation>Cordial: فرنٹ لائن کسٹمر سروس کے لیے ایجنٹ کنسول۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run “cordial migrate --db …” to create or update the tables of a database; a team database on PostgreSQL needs it once after each update of Cordial.</source>
        <translation>کسی ڈیٹابیس کی جدولیں بنانے یا اپ ڈیٹ کرنے کے لیے “cordial migrate --db …” چلائیں؛ PostgreSQL پر ٹیم ڈیٹابیس کو Cordial کی ہر اپ ڈیٹ کے بعد ایک بار اس کی ضرورت ہوتی ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run “cordial import FILE.csv” to import customers from a CSV file; “cordial import --help” lists its options and exit codes.</source>
        <translation>CSV فائل سے گاہک درآمد کرنے کے لیے “cordial import FILE.csv” چلائیں؛ “cordial import --help” اس کے اختیارات اور اخراج کوڈ دکھاتا ہے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+34"/>
        <source>Database to open: a file path, sqlite:PATH or postgresql://user@host:port/database. Default: the last one used, else a file in your data folder.</source>
        <extracomment>Command-line help; keep &quot;sqlite:&quot; and &quot;postgresql://&quot; as they are</extracomment>
        <translation>کھولنے کے لیے ڈیٹابیس: فائل کا پاتھ، sqlite:پاتھ یا postgresql://user@host:port/database۔ ڈیفالٹ: آخری بار استعمال ہونے والا ڈیٹابیس، ورنہ آپ کے ڈیٹا فولڈر میں ایک فائل۔</translation>
    </message>
    <message>
        <location filename="../ui/platform/AdminCommand.cpp" line="-81"/>
        <location filename="../ui/platform/CommandLine.cpp" line="-31"/>
        <location line="+34"/>
        <source>spec</source>
        <translation>مقام</translation>
    </message>
    <message>
        <location filename="../ui/platform/CommandLine.cpp" line="-33"/>
        <source>Fill an empty database with demo customers and history.</source>
        <translation>خالی ڈیٹابیس میں ڈیمو گاہک اور تاریخچہ بھریں۔</translation>
    </message>
    <message>
        <location filename="../ui/platform/AdminCommand.cpp" line="+13"/>
        <location filename="../ui/platform/CommandLine.cpp" line="+1"/>
        <location line="+33"/>
        <source>Interface language (en, hi, te, ur, ca).</source>
        <translation>انٹرفیس کی زبان (en, hi, te, ur, ca)۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/platform/CommandLine.cpp" line="-33"/>
        <location line="+33"/>
        <source>code</source>
        <translation>کوڈ</translation>
    </message>
    <message>
        <location filename="../ui/platform/CommandLine.cpp" line="-32"/>
        <source>Your name as said in the greeting.</source>
        <translation>خیرمقدمی کلمات میں بولا جانے والا آپ کا نام۔</translation>
    </message>
    <message>
        <location filename="../ui/platform/AdminCommand.cpp" line="-10"/>
        <location filename="../ui/platform/CommandLine.cpp" line="+0"/>
        <source>name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../ui/platform/CommandLine.cpp" line="+1"/>
        <source>Start a call with this phone number (in the running Cordial if there is one).</source>
        <translation>اس فون نمبر کے ساتھ کال شروع کریں (اگر Cordial پہلے سے چل رہا ہو تو اسی میں)۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A tel: or cordial:// link, or a phone number, to call.</source>
        <extracomment>Command-line help for the positional argument; keep &quot;tel:&quot; and &quot;cordial://&quot; as they are</extracomment>
        <translation>کال کرنے کے لیے tel: یا cordial:// لنک، یا فون نمبر۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[link…]</source>
        <translation>[لنک…]</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Creates or updates the tables of a Cordial database to this version, then exits. Agents&apos; Cordial never changes the tables of a team database on PostgreSQL: an administrator runs this once after each update.</source>
        <translation>Cordial ڈیٹابیس کی جدولیں اس ورژن کے مطابق بناتا یا اپ ڈیٹ کرتا ہے، پھر بند ہو جاتا ہے۔ ایجنٹوں کا Cordial PostgreSQL پر ٹیم ڈیٹابیس کی جدولیں کبھی نہیں بدلتا: ہر اپ ڈیٹ کے بعد کوئی منتظم اسے ایک بار چلاتا ہے۔</translation>
    </message>
    <message>
        <location filename="../ui/platform/AdminCommand.cpp" line="+38"/>
        <location filename="../ui/platform/CommandLine.cpp" line="+19"/>
        <source>Unexpected argument: %1</source>
        <translation>غیر متوقع پیرامیٹر: %1</translation>
    </message>
</context>
<context>
    <name>CsvText</name>
    <message>
        <location filename="../app/integration/CsvText.cpp" line="+92"/>
        <source>The encoding %1 is not known. Try windows-1252 or ISO-8859-1.</source>
        <translation>انکوڈنگ %1 معلوم نہیں۔ windows-1252 یا ISO-8859-1 آزمائیں۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file cannot be read as %1: it holds bytes that encoding does not define.</source>
        <translation>فائل کو %1 کے طور پر نہیں پڑھا جا سکتا: اس میں ایسے بائٹ ہیں جو وہ انکوڈنگ متعین نہیں کرتی۔</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The file starts as UTF-16 text but is not valid UTF-16.</source>
        <translation>فائل UTF-16 متن کی طرح شروع ہوتی ہے مگر درست UTF-16 نہیں ہے۔</translation>
    </message>
</context>
<context>
    <name>CustomerAuditDialog</name>
    <message>
        <location filename="../ui/dialogs/CustomerAuditDialog.cpp" line="+29"/>
        <source>Card created</source>
        <translation>کارڈ بنایا گیا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (merge)</source>
        <extracomment>A field changed by a merge: %1 is the field&apos;s name</extracomment>
        <translation>%1 (انضمام)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged with another card</source>
        <translation>دوسرے کارڈ کے ساتھ ضم کیا گیا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged with %1</source>
        <extracomment>%1 is the other card&apos;s customer name</extracomment>
        <translation>%1 کے ساتھ ضم کیا گیا</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>History of the card of %1</source>
        <extracomment>Dialog title: %1 is the customer&apos;s name</extracomment>
        <translation>%1 کے کارڈ کی تاریخچہ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>کس نے</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>کیا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>پہلے</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>بعد میں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes to this card, newest first</source>
        <translation>اس کارڈ میں تبدیلیاں، تازہ ترین پہلے</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading…</source>
        <translation>لوڈ ہو رہا ہے…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unknown agent</source>
        <translation>نامعلوم ایجنٹ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No changes recorded for this card.</source>
        <translation>اس کارڈ کے لیے کوئی تبدیلی درج نہیں ہے۔</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s), newest first.</source>
        <translation>
            <numerusform>%n تبدیلی، تازہ ترین پہلے۔</numerusform>
            <numerusform>%n تبدیلیاں، تازہ ترین پہلے۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <location filename="../ui/panels/CustomerCard.cpp" line="+258"/>
        <location line="+4"/>
        <source>Discard changes</source>
        <translation>تبدیلیاں ترک کریں</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Discard the changes you typed on this card?</source>
        <translation>کیا آپ اس کارڈ پر لکھی گئی تبدیلیاں ترک کرنا چاہتے ہیں؟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep editing</source>
        <translation>ترمیم جاری رکھیں</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Phone:</source>
        <extracomment>Customer card caption</extracomment>
        <translation>فون:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other phones:</source>
        <extracomment>Customer card caption</extracomment>
        <translation>دیگر فون:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail:</source>
        <extracomment>Customer card caption</extracomment>
        <translation>ای میل:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address:</source>
        <extracomment>Customer card caption</extracomment>
        <translation>پتہ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country:</source>
        <extracomment>Customer card caption</extracomment>
        <translation>ملک:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language:</source>
        <extracomment>Customer card caption: the language the customer prefers to be served in</extracomment>
        <translation>زبان:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags:</source>
        <extracomment>Customer card caption</extracomment>
        <translation>ٹیگ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-ups:</source>
        <extracomment>Customer card caption: follow-ups not done yet</extracomment>
        <translation>فالو اپ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer name</source>
        <translation>گاہک کا نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer phone</source>
        <translation>گاہک کا فون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer&apos;s other phones</source>
        <translation>گاہک کے دیگر فون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer e-mail</source>
        <translation>گاہک کا ای میل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer address</source>
        <translation>گاہک کا پتہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer&apos;s country</source>
        <translation>گاہک کا ملک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer&apos;s preferred language</source>
        <translation>گاہک کی پسندیدہ زبان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer tags</source>
        <translation>گاہک کے ٹیگ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open follow-ups</source>
        <translation>کھلے فالو اپ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <extracomment>Button on the customer card: edit it in place (F2)</extracomment>
        <translation>ترمیم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this card (%1)</source>
        <translation>اس کارڈ میں ترمیم کریں (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this card</source>
        <translation>اس کارڈ میں ترمیم کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit card</source>
        <translation>کارڈ میں ترمیم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New card</source>
        <translation>نیا کارڈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new customer card</source>
        <translation>نیا گاہک کارڈ بنائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge…</source>
        <translation>ضم کریں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge another card into this one</source>
        <translation>کسی دوسرے کارڈ کو اس میں ضم کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card history</source>
        <translation>کارڈ کی تاریخچہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History of this card</source>
        <translation>اس کارڈ کی تاریخچہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Customer card</source>
        <translation>گاہک کارڈ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No customer selected</source>
        <translation>کوئی گاہک منتخب نہیں</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2</source>
        <comment>salutation and full name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Team default</source>
        <translation>ٹیم کی طے شدہ زبان</translation>
    </message>
</context>
<context>
    <name>CustomerCardEditor</name>
    <message>
        <location filename="../ui/panels/CustomerCardEditor.cpp" line="+208"/>
        <source>, </source>
        <extracomment>Separator between tags as the agent types them</extracomment>
        <translation>، </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Why the card was not saved</source>
        <translation>کارڈ محفوظ کیوں نہیں ہوا</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Team default</source>
        <extracomment>The customer has no preferred language: the team&apos;s language is used</extracomment>
        <translation>ٹیم کی طے شدہ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New customer card</source>
        <translation>نیا گاہک کارڈ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit customer card</source>
        <translation>گاہک کارڈ میں ترمیم</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>One number per line</source>
        <translation>ہر سطر میں ایک نمبر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IN, PK, ES…</source>
        <extracomment>Placeholder of the country field: two-letter codes</extracomment>
        <translation>IN, PK, ES…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-letter country code</source>
        <translation>دو حرفی ملکی کوڈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Separate tags with commas</source>
        <translation>ٹیگ کوما سے الگ کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving…</source>
        <extracomment>Button: store the edited customer card; shows &quot;Saving…&quot; while it is stored</extracomment>
        <translation>محفوظ ہو رہا ہے…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the card</source>
        <translation>کارڈ محفوظ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the changes</source>
        <translation>تبدیلیاں منسوخ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer card editor</source>
        <translation>گاہک کارڈ ایڈیٹر</translation>
    </message>
</context>
<context>
    <name>CustomerCardTexts</name>
    <message>
        <location filename="../ui/panels/CustomerCardTexts.cpp" line="+18"/>
        <source>%1 (%2)</source>
        <extracomment>A country on the customer card: %1 its name, %2 its two-letter code</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not be read</source>
        <translation>پڑھا نہیں جا سکا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None open</source>
        <extracomment>Open follow-ups of the customer: there are none</extracomment>
        <translation>کوئی کھلا نہیں</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n open, next due %1</source>
        <extracomment>%n open follow-ups; %1 when the next one is due</extracomment>
        <translation>
            <numerusform>%n کھلا، اگلا %1 کو</numerusform>
            <numerusform>%n کھلے، اگلا %1 کو</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n open, next due %1: %2</source>
        <extracomment>%n open follow-ups; %1 when the next one is due, %2 why</extracomment>
        <translation>
            <numerusform>%n کھلا، اگلا %1 کو: %2</numerusform>
            <numerusform>%n کھلے، اگلا %1 کو: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerExport</name>
    <message>
        <location filename="../app/services/CustomerExport.cpp" line="+21"/>
        <source>The export file could not be written.</source>
        <translation>برآمدی فائل نہیں لکھی جا سکی۔</translation>
    </message>
</context>
<context>
    <name>CustomerFieldNames</name>
    <message>
        <location filename="../ui/panels/CustomerFieldNames.cpp" line="+8"/>
        <source>Salutation</source>
        <extracomment>Customer card field: how the customer is addressed (Ms., Dr., श्रीमती)</extracomment>
        <translation>طرزِ خطاب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given name</source>
        <translation>پہلا نام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family name</source>
        <translation>خاندانی نام</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <extracomment>Customer card field: the main phone number</extracomment>
        <translation>فون</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other phones</source>
        <translation>دیگر فون</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>ای میل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>پتا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <extracomment>Customer card field: the language the customer prefers to be served in</extracomment>
        <translation>زبان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>ملک</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags</source>
        <extracomment>Customer card field: free labels such as VIP</extracomment>
        <translation>ٹیگ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>CustomerImport</name>
    <message>
        <location filename="../app/services/CustomerImport.cpp" line="+76"/>
        <source>The file %1 cannot be read.</source>
        <translation>فائل %1 پڑھی نہیں جا سکتی۔</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The file is empty: it has no header line.</source>
        <translation>فائل خالی ہے: اس میں سرخی کی سطر نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The header line names no column of a name or a phone number, so no row can become a customer. Columns found: %1.</source>
        <translation>سرخی کی سطر میں نام یا فون نمبر کا کوئی کالم نہیں، اس لیے کوئی سطر گاہک نہیں بن سکتی۔ ملنے والے کالم: %1۔</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The same customer (same name and phone number) is already stored or earlier in the file.</source>
        <translation>یہی گاہک (وہی نام اور فون نمبر) پہلے سے محفوظ ہے یا فائل میں پہلے آ چکا ہے۔</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="+38"/>
        <source>%1, phone %2</source>
        <translation>%1، فون %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name</source>
        <extracomment>Column of the customer search results</extracomment>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <extracomment>Column of the customer search results</extracomment>
        <translation>فون</translation>
    </message>
</context>
<context>
    <name>CustomerSearchPane</name>
    <message>
        <location filename="../ui/panels/CustomerSearchPane.cpp" line="+351"/>
        <source>No customer matches this search.</source>
        <translation>اس تلاش سے کوئی گاہک نہیں ملا۔</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n or more customers match; choose one.</source>
        <comment>the card when a search finds many</comment>
        <translation>
            <numerusform>%n یا اس سے زیادہ گاہک ملے؛ براہِ کرم ایک منتخب کریں۔</numerusform>
            <numerusform>%n یا اس سے زیادہ گاہک ملے؛ براہِ کرم ایک منتخب کریں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n customer(s) match; choose one.</source>
        <comment>the card when a search finds several</comment>
        <translation>
            <numerusform>%n گاہک ملا؛ براہِ کرم اسے منتخب کریں۔</numerusform>
            <numerusform>%n گاہک ملے؛ براہِ کرم ایک منتخب کریں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Search by name, phone or e-mail</source>
        <translation>نام، فون یا ای میل سے تلاش کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search customers</source>
        <translation>گاہک تلاش کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name, phone or e-mail (Ctrl+F)</source>
        <translation>نام، فون یا ای میل سے تلاش کریں (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers found</source>
        <translation>ملنے والے گاہک</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+39"/>
        <source>Searching…</source>
        <translation>تلاش جاری ہے…</translation>
    </message>
</context>
<context>
    <name>CustomerValidation</name>
    <message>
        <location filename="../app/domain/CustomerValidation.cpp" line="+27"/>
        <source>Enter the customer&apos;s given name or family name.</source>
        <translation>گاہک کا پہلا نام یا خاندانی نام درج کریں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This field takes at most %1 characters.</source>
        <extracomment>%1 is the most characters the field takes</extracomment>
        <translation>اس خانے میں زیادہ سے زیادہ %1 حروف آ سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“%1” is not an e-mail address: it needs a name, an “@” and a domain, such as name@example.com.</source>
        <translation>“%1” ای میل پتا نہیں ہے: اس میں ایک نام، “@” اور ایک ڈومین ہونا چاہیے، جیسے name@example.com۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the country as its two-letter code, such as IN, PK or ES, or leave it empty.</source>
        <translation>ملک کو اس کے دو حرفی کوڈ سے درج کریں، جیسے IN، PK یا ES، یا اسے خالی چھوڑ دیں۔</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/storage/Database.cpp" line="+47"/>
        <source>The Qt database driver %1 is not installed.</source>
        <translation>Qt کا ڈیٹابیس ڈرائیور %1 انسٹال نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>No file name was given for the database.</source>
        <translation>ڈیٹابیس کے لیے کوئی فائل نام نہیں دیا گیا۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder %1 for the database cannot be created. Check that you may write there.</source>
        <translation>ڈیٹابیس کے لیے فولڈر %1 نہیں بنایا جا سکتا۔ جانچ لیں کہ آپ کو وہاں لکھنے کی اجازت ہے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ایک فولڈر ہے، ڈیٹابیس فائل نہیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database file cannot be created because the folder %1 is not writable.</source>
        <translation>ڈیٹابیس فائل نہیں بنائی جا سکتی کیونکہ فولڈر %1 میں لکھا نہیں جا سکتا۔</translation>
    </message>
    <message>
        <location filename="../app/storage/CallWrite.cpp" line="+195"/>
        <source>The call record no longer exists.</source>
        <translation>کال کا ریکارڈ اب موجود نہیں ہے۔</translation>
    </message>
</context>
<context>
    <name>DatabaseConfig</name>
    <message>
        <location filename="../app/storage/DatabaseConfig.cpp" line="+32"/>
        <source>The server address &quot;%1&quot; is not valid. Use postgresql://user@host:port/database.</source>
        <translation>سرور کا پتہ “%1” درست نہیں ہے۔ postgresql://user@host:port/database استعمال کریں۔</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The connection timeout must be a whole number of seconds.</source>
        <translation>کنکشن کا ٹائم آؤٹ پورے سیکنڈوں میں ہونا چاہیے۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The TLS mode %1 is not known. Use disable, allow, prefer, require, verify-ca or verify-full.</source>
        <extracomment>keep the sslmode values as they are</extracomment>
        <translation>TLS موڈ %1 معلوم نہیں۔ disable، allow، prefer، require، verify-ca یا verify-full میں سے کوئی ایک استعمال کریں۔</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No database location was given.</source>
        <translation>ڈیٹابیس کا کوئی مقام نہیں دیا گیا۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The SQLite location &quot;%1&quot; names no file.</source>
        <translation>SQLite مقام “%1” میں کسی فائل کا نام نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database location &quot;%1&quot; is not supported. Use a file path or a postgresql:// address.</source>
        <translation>ڈیٹابیس کا مقام “%1” قابلِ قبول نہیں ہے۔ فائل کا پاتھ یا postgresql:// پتہ استعمال کریں۔</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <location filename="../ui/platform/DatabaseOpener.cpp" line="+93"/>
        <source>The password was not saved in the keychain: %1</source>
        <translation>پاس ورڈ کی چین میں محفوظ نہیں ہوا: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpCalendar</name>
    <message>
        <location filename="../app/integration/FollowUpCalendar.cpp" line="+51"/>
        <source>Customer: %1</source>
        <translation>گاہک: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone: %1</source>
        <translation>فون: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Owner: %1</source>
        <translation>ذمہ دار: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner: %1, %2</source>
        <translation>ذمہ دار: %1، %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save the follow-up before adding it to a calendar.</source>
        <translation>فالو اپ کو کیلنڈر میں شامل کرنے سے پہلے محفوظ کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The follow-up has no due time.</source>
        <translation>فالو اپ کا کوئی مقررہ وقت نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The calendar export has no valid time stamp.</source>
        <translation>کیلنڈر ایکسپورٹ میں کوئی درست ٹائم اسٹیمپ نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow-up: %1</source>
        <translation>فالو اپ: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The follow-up could not be turned into a calendar entry.</source>
        <translation>فالو اپ کو کیلنڈر اندراج میں تبدیل نہیں کیا جا سکا۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot save the calendar file “%1”. Choose a folder you can write to.</source>
        <translation>کیلنڈر فائل “%1” محفوظ نہیں کی جا سکتی۔ ایسا فولڈر منتخب کریں جس میں آپ لکھ سکیں۔</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../ui/dialogs/FollowUpDialog.cpp" line="+190"/>
        <source>There is no agent to own the follow-up.</source>
        <translation>فالو اپ کی ذمہ داری سونپنے کے لیے کوئی ایجنٹ موجود نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date and time of the follow-up.</source>
        <translation>فالو اپ کی تاریخ اور وقت درج کریں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time %1 is in the past. Choose a later date and time.</source>
        <translation>%1 کا وقت گزر چکا ہے۔ بعد کی کوئی تاریخ اور وقت منتخب کریں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time %1 is more than a year ahead. Choose an earlier date.</source>
        <translation>%1 ایک سال سے زیادہ آگے کا وقت ہے۔ اس سے پہلے کی کوئی تاریخ منتخب کریں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter why the customer will be contacted.</source>
        <translation>درج کریں کہ گاہک سے کس وجہ سے رابطہ کیا جائے گا۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due on %1.</source>
        <translation>مقررہ وقت: %1۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Required</source>
        <translation>لازمی</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This call script has no follow-up sentence.</source>
        <translation>اس کال اسکرپٹ میں فالو اپ کا کوئی جملہ نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Schedule a follow-up</source>
        <translation>فالو اپ طے کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Who will contact the customer:</source>
        <translation>گاہک سے کون رابطہ کرے گا(&amp;W):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up owner</source>
        <translation>فالو اپ کا ذمہ دار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;hen (your local time):</source>
        <translation>کب(&amp;H) (آپ کا مقامی وقت):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up date and time</source>
        <translation>فالو اپ کی تاریخ اور وقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wh&amp;y:</source>
        <translation>وجہ(&amp;Y):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the follow-up</source>
        <translation>فالو اپ کی وجہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: to confirm the refund has arrived</source>
        <translation>مثال کے طور پر: یہ تصدیق کرنے کے لیے کہ رقم کی واپسی موصول ہو گئی ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read back to the customer:</source>
        <translation>گاہک کو پڑھ کر سنائیں:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up sentence</source>
        <translation>فالو اپ کا جملہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Schedule</source>
        <translation>طے کریں(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule follow-up</source>
        <translation>فالو اپ طے کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>FollowUpsPane</name>
    <message>
        <location filename="../ui/panels/FollowUpsPane.cpp" line="+92"/>
        <source>Export the follow-up to a calendar</source>
        <translation>فالو اپ کو کیلنڈر میں ایکسپورٹ کریں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calendar files (*.ics)</source>
        <translation>کیلنڈر فائلیں (*.ics)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Loading the follow-ups…</source>
        <translation>فالو اپ لوڈ ہو رہے ہیں…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Overdue: %1</source>
        <translation>تاخیر شدہ: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This follow-up was due on %1 and is overdue.</source>
        <translation>یہ فالو اپ %1 کو طے تھا اور اس میں تاخیر ہو چکی ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+56"/>
        <source>Unknown customer</source>
        <translation>نامعلوم گاہک</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>No follow-ups are due.</source>
        <translation>کوئی زیرِ التوا فالو اپ نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open follow-ups: %1. Overdue: %2.</source>
        <translation>کھلے فالو اپ: %1۔ تاخیر شدہ: %2۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the first %1 are listed.</source>
        <translation>صرف پہلے %1 دکھائے گئے ہیں۔</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Marked the follow-up with %1 as done.</source>
        <translation>%1 والا فالو اپ مکمل کے طور پر نشان زد کر دیا گیا۔</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Saved the calendar entry to %1.</source>
        <translation>کیلنڈر اندراج %1 میں محفوظ کر دیا گیا۔</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Follow-ups due</source>
        <translation>زیرِ التوا فالو اپ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>مقررہ وقت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>گاہک</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups due, overdue first</source>
        <translation>زیرِ التوا فالو اپ، تاخیر شدہ پہلے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark done</source>
        <translation>مکمل نشان زد کریں(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected follow-up done</source>
        <translation>منتخب فالو اپ کو مکمل نشان زد کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport to calendar (.ics)…</source>
        <translation>کیلنڈر میں ایکسپورٹ کریں(&amp;X) (.ics)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the selected follow-up to a calendar file</source>
        <translation>منتخب فالو اپ کو کیلنڈر فائل میں ایکسپورٹ کریں</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../ui/models/HistoryModel.cpp" line="+274"/>
        <source>Inbound</source>
        <comment>from the customer to us</comment>
        <translation>ان باؤنڈ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outbound</source>
        <comment>from us to the customer</comment>
        <translation>آؤٹ باؤنڈ</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>When</source>
        <extracomment>History column: date and time of the contact</extracomment>
        <translation>وقت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channel</source>
        <extracomment>History column: phone, e-mail, letter...</extracomment>
        <translation>چینل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Direction</source>
        <extracomment>History column: inbound or outbound</extracomment>
        <translation>سمت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent</source>
        <extracomment>History column: who handled the contact</extracomment>
        <translation>ایجنٹ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subject</source>
        <extracomment>History column</extracomment>
        <translation>موضوع</translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <location filename="../ui/panels/HistoryPane.cpp" line="+215"/>
        <source>%1 · %2</source>
        <comment>channel · date</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 · %3</source>
        <comment>channel · date · agent</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Loading the history…</source>
        <translation>تاریخچہ لوڈ ہو رہا ہے…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contact in this history matches the filters.</source>
        <translation>اس تاریخچے میں کوئی رابطہ ان فلٹرز سے مطابقت نہیں رکھتا۔</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reading the call&apos;s timeline…</source>
        <translation>کال کی ٹائم لائن پڑھی جا رہی ہے…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline of the call:</source>
        <translation>کال کی ٹائم لائن:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Channel:</source>
        <comment>history filter</comment>
        <translation>چینل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the contacts of one channel</source>
        <translation>صرف ایک چینل کے رابطے دکھائیں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All channels</source>
        <translation>تمام چینل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by words…</source>
        <translation>الفاظ سے فلٹر کریں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the history by words in the subject, summary or notes</source>
        <translation>موضوع، خلاصے یا نوٹس کے الفاظ سے تاریخچہ فلٹر کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer history</source>
        <translation>گاہک کا تاریخچہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Details</source>
        <translation>تفصیلات(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of the selected contact</source>
        <translation>منتخب رابطے کی تفصیلات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a contact to read its summary.</source>
        <translation>خلاصہ پڑھنے کے لیے کوئی رابطہ منتخب کریں۔</translation>
    </message>
</context>
<context>
    <name>HoldAlerts</name>
    <message>
        <location filename="../ui/platform/HoldAlerts.cpp" line="+61"/>
        <source>⚠ On hold %1 — %2</source>
        <comment>window title past a minute on hold: time on hold, usual title</comment>
        <translation>⚠ ہولڈ پر %1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On hold %1 — %2</source>
        <comment>window title: time on hold, usual title</comment>
        <translation>ہولڈ پر %1 — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ On hold %1 — %2 — %3</source>
        <comment>window title past a minute on hold: time on hold, customer, usual title</comment>
        <translation>⚠ ہولڈ پر %1 — %2 — %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On hold %1 — %2 — %3</source>
        <comment>window title: time on hold, customer, usual title</comment>
        <translation>ہولڈ پر %1 — %2 — %3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The customer has been on hold for %1. Return to them and apologise.</source>
        <translation>گاہک ہولڈ پر ہیں، انتظار کا وقت: %1۔ گاہک کے پاس واپس جائیں اور معذرت کریں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has been on hold for %2. Return to the customer and apologise.</source>
        <translation>%1 ہولڈ پر ہیں، انتظار کا وقت: %2۔ گاہک کے پاس واپس جائیں اور معذرت کریں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer on hold</source>
        <translation>گاہک ہولڈ پر ہے</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Sound when a customer waits on hold</source>
        <translation>گاہک ہولڈ پر ہو تو آواز سے اطلاع(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play a sound when a customer has waited on hold for a minute, and at each reminder after</source>
        <translation>جب گاہک ایک منٹ تک ہولڈ پر انتظار کر چکے ہوں تو آواز بجائیں، اور اس کے بعد ہر یاد دہانی پر بھی</translation>
    </message>
</context>
<context>
    <name>HoldTimerWidget</name>
    <message>
        <location filename="../ui/panels/HoldTimerWidget.cpp" line="+220"/>
        <source>Hold timer</source>
        <translation>ہولڈ ٹائمر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the caller on hold</source>
        <translation>کالر کو ہولڈ پر رکھیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the caller on hold (Ctrl+H)</source>
        <translation>کالر کو ہولڈ پر رکھیں (Ctrl+H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put on &amp;hold</source>
        <translation>ہولڈ پر رکھیں(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume</source>
        <comment>verb: take the caller off hold</comment>
        <translation>جاری رکھیں(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume the call</source>
        <translation>کال جاری رکھیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the caller off hold (Ctrl+R)</source>
        <translation>کالر کو ہولڈ سے ہٹائیں (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume the call</source>
        <translation>کال جاری رکھیں(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hold for over a minute — return to the customer and apologise</source>
        <translation>ہولڈ پر ایک منٹ سے زیادہ ہو گیا — گاہک کے پاس واپس جائیں اور معذرت کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold warning</source>
        <translation>ہولڈ کی تنبیہ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When you return, thank the customer and apologise for the wait.</source>
        <translation>واپس آ کر گاہک کا شکریہ ادا کریں اور انتظار کے لیے معذرت کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When you return, say:</source>
        <translation>واپس آ کر کہیں:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apologise for the hold:</source>
        <translation>ہولڈ پر رکھنے کی معذرت کریں:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1”</source>
        <comment>quotation marks around a line the agent says</comment>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Apologise for the hold.</source>
        <translation>ہولڈ پر رکھنے کی معذرت کریں۔</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>H&amp;old</source>
        <comment>verb: put the caller on hold</comment>
        <translation>ہولڈ پر رکھیں(&amp;O)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Apology to say</source>
        <translation>کہنے کے لیے معذرت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I &amp;apologised for the wait</source>
        <translation>میں نے انتظار کے لیے معذرت کر لی(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I apologised for the wait</source>
        <translation>میں نے انتظار کے لیے معذرت کر لی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick when you have thanked the customer for holding and apologised; it is recorded with the hold.</source>
        <translation>جب آپ گاہک کا ہولڈ پر رہنے کے لیے شکریہ ادا کر چکیں اور معذرت کر لیں تو اس پر نشان لگائیں؛ یہ ہولڈ کے ساتھ ریکارڈ ہوتا ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time on hold</source>
        <translation>ہولڈ کا دورانیہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On hold for over a minute: return to the customer and apologise</source>
        <translation>ہولڈ پر ایک منٹ سے زیادہ ہو گیا: گاہک کے پاس واپس جائیں اور معذرت کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The caller is on hold</source>
        <translation>کالر ہولڈ پر ہے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The caller is not on hold</source>
        <translation>کالر ہولڈ پر نہیں ہے</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <location filename="../app/integration/ImportColumns.cpp" line="+108"/>
        <source>Salutation</source>
        <translation>طرزِ خطاب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>پہلا نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>خاندانی نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other phones</source>
        <translation>دیگر فون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>ای میل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>ملک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred language</source>
        <translation>پسندیدہ زبان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <extracomment>Column of a customer file: free labels such as &quot;VIP&quot;</extracomment>
        <translation>ٹیگ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not imported</source>
        <extracomment>Column of an imported file that fills no customer field</extracomment>
        <translation>درآمد نہیں ہوگا</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../ui/platform/ImportCommand.cpp" line="+61"/>
        <source>Imports customers from a CSV file (UTF-8 or UTF-16, comma or semicolon, a header line naming the columns). The file is only read. Rows that cannot be imported are listed with their line number.</source>
        <translation>CSV فائل سے گاہک درآمد کرتا ہے (UTF-8 یا UTF-16، کاما یا سیمی کولن، کالموں کے ناموں والی سرخی کی سطر)۔ فائل صرف پڑھی جاتی ہے۔ جو سطریں درآمد نہیں ہو سکتیں وہ اپنے سطر نمبر کے ساتھ درج کی جاتی ہیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit codes: 0 every row imported (duplicates skipped); 1 wrong command line; 2 the database could not be opened or written (nothing imported); 6 the file cannot be read (missing, unknown encoding, no name or phone column); 7 some rows were refused (the others imported, or none with --all-or-nothing).</source>
        <translation>اخراج کوڈ: 0 ہر سطر درآمد ہوئی (دہرائے گئے چھوڑ دیے گئے)؛ 1 غلط کمانڈ لائن؛ 2 ڈیٹا بیس کھولا یا لکھا نہیں جا سکا (کچھ درآمد نہیں ہوا)؛ 6 فائل پڑھی نہیں جا سکتی (موجود نہیں، نامعلوم انکوڈنگ، نام یا فون کا کالم نہیں)؛ 7 کچھ سطریں مسترد ہوئیں (باقی درآمد ہوئیں، یا --all-or-nothing کے ساتھ کوئی نہیں)۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Database to open: a file path, sqlite:PATH or postgresql://user@host:port/database. Default: the last one used, else a file in your data folder.</source>
        <extracomment>Command-line help; keep &quot;sqlite:&quot; and &quot;postgresql://&quot; as they are</extracomment>
        <translation>کھولنے کے لیے ڈیٹا بیس: فائل کا راستہ، sqlite:PATH یا postgresql://user@host:port/database۔ طے شدہ: آخری بار استعمال ہونے والا، ورنہ آپ کے ڈیٹا فولڈر میں ایک فائل۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spec</source>
        <translation>spec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every row, the database&apos;s customers included, but store nothing.</source>
        <translation>ہر سطر جانچیں، ڈیٹا بیس کے گاہکوں سمیت، مگر کچھ محفوظ نہ کریں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON object per row (the values as they would be stored, or why the row is refused), then a summary object.</source>
        <translation>ہر سطر کے لیے ایک JSON آبجیکٹ چھاپیں (محفوظ ہونے والی قدریں، یا سطر مسترد ہونے کی وجہ)، پھر ایک خلاصہ آبجیکٹ۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encoding of a file that is not UTF-8, such as windows-1252. Without it such a file is refused.</source>
        <extracomment>Command-line help; keep &quot;windows-1252&quot; as it is</extracomment>
        <translation>UTF-8 نہ ہونے والی فائل کی انکوڈنگ، جیسے windows-1252۔ اس کے بغیر ایسی فائل مسترد کی جاتی ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import nothing when any row is refused.</source>
        <translation>کوئی بھی سطر مسترد ہو تو کچھ بھی درآمد نہ کریں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface language (en, hi, te, ur, ca).</source>
        <translation>انٹرفیس کی زبان (en, hi, te, ur, ca)۔</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>code</source>
        <translation>کوڈ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CSV file to import.</source>
        <translation>درآمد کرنے کے لیے CSV فائل۔</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE.csv</source>
        <translation>FILE.csv</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name one CSV file to import.</source>
        <translation>درآمد کے لیے ایک CSV فائل بتائیں۔</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Line %1 is not UTF-8 text, so nothing was imported. Name the file&apos;s encoding with --encoding, for example --encoding windows-1252.</source>
        <translation>سطر %1 UTF-8 متن نہیں، اس لیے کچھ درآمد نہیں ہوا۔ فائل کی انکوڈنگ --encoding سے بتائیں، مثلاً --encoding windows-1252۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1 is not UTF-8 text, so nothing was imported. The file looks like %2: if that is right, run the import again with --encoding %2.</source>
        <translation>سطر %1 UTF-8 متن نہیں، اس لیے کچھ درآمد نہیں ہوا۔ فائل %2 لگتی ہے: اگر یہ درست ہے تو --encoding %2 کے ساتھ درآمد دوبارہ چلائیں۔</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reading the file: %1%</source>
        <translation>فائل پڑھی جا رہی ہے: %1%</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported: %1</source>
        <translation>کچھ درآمد نہیں ہوا: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <source>Line %1: %2</source>
        <translation>سطر %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns not imported: %1</source>
        <translation>درآمد نہ ہونے والے کالم: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n customer(s) imported.</source>
        <translation>
            <numerusform>%n گاہک درآمد ہوا۔</numerusform>
            <numerusform>%n گاہک درآمد ہوئے۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Dry run: %n customer(s) would be imported; nothing was stored.</source>
        <translation>
            <numerusform>آزمائش: %n گاہک درآمد ہوتا؛ کچھ محفوظ نہیں ہوا۔</numerusform>
            <numerusform>آزمائش: %n گاہک درآمد ہوتے؛ کچھ محفوظ نہیں ہوا۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Nothing was imported: %n row(s) were refused and --all-or-nothing was given.</source>
        <translation>
            <numerusform>کچھ درآمد نہیں ہوا: %n سطر مسترد ہوئی اور --all-or-nothing دیا گیا تھا۔</numerusform>
            <numerusform>کچھ درآمد نہیں ہوا: %n سطریں مسترد ہوئیں اور --all-or-nothing دیا گیا تھا۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>%n دہرایا گیا اندراج چھوڑا گیا۔</numerusform>
            <numerusform>%n دہرائے گئے اندراج چھوڑے گئے۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) refused.</source>
        <translation>
            <numerusform>%n سطر مسترد ہوئی۔</numerusform>
            <numerusform>%n سطریں مسترد ہوئیں۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="+56"/>
        <location line="+113"/>
        <source>Import customers</source>
        <translation>گاہک درآمد کریں</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>File to import</source>
        <translation>درآمد کی فائل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>فائل منتخب کریں…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Encoding of the file</source>
        <translation>فائل کی انکوڈنگ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read with this encoding</source>
        <translation>اس انکوڈنگ سے پڑھیں</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>First rows, as they will be stored</source>
        <translation>پہلی سطریں، جیسے وہ محفوظ ہوں گی</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rows that cannot be imported</source>
        <translation>وہ سطریں جو درآمد نہیں ہو سکتیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>سطر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import the good rows</source>
        <translation>درست سطریں درآمد کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import nothing if any row is refused</source>
        <translation>کوئی سطر مسترد ہو تو کچھ درآمد نہ کریں</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Progress</source>
        <translation>پیش رفت</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import</source>
        <translation>درآمد کریں</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV فائلیں (*.csv *.txt);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the file…</source>
        <translation>فائل پڑھی جا رہی ہے…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Line %1 is not UTF-8 text. Choose the encoding the file was saved in.</source>
        <translation>سطر %1 UTF-8 متن نہیں۔ وہ انکوڈنگ منتخب کریں جس میں فائل محفوظ کی گئی تھی۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1 is not UTF-8 text. It looks like %2: check the names in the preview after reading it.</source>
        <translation>سطر %1 UTF-8 متن نہیں۔ یہ %2 لگتی ہے: پڑھنے کے بعد پیش نظارہ میں نام جانچ لیں۔</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>semicolon</source>
        <translation>سیمی کولن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>comma</source>
        <translation>کاما</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encoding: %1. Delimiter: %2.</source>
        <extracomment>%1 is an encoding such as UTF-8, %2 the delimiter (comma or semicolon)</extracomment>
        <translation>انکوڈنگ: %1۔ حد بندی: %2۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every column is imported.</source>
        <translation>ہر کالم درآمد ہوگا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns not imported: %1</source>
        <translation>درآمد نہ ہونے والے کالم: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1
→ %2</source>
        <extracomment>Preview column header: the file&apos;s column name, then the customer field it fills</extracomment>
        <translation>%1
← %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+46"/>
        <source>%1 %2 %3</source>
        <extracomment>%1, %2 and %3 are sentences with counts (&quot;12 customers ready to import&quot;)</extracomment>
        <translation>%1 %2 %3</translation>
    </message>
    <message numerus="yes">
        <location line="-46"/>
        <source>%n customer(s) ready to import.</source>
        <translation>
            <numerusform>%n گاہک درآمد کے لیے تیار ہے۔</numerusform>
            <numerusform>%n گاہک درآمد کے لیے تیار ہیں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n duplicate(s) will be skipped.</source>
        <translation>
            <numerusform>%n دہرایا گیا اندراج چھوڑا جائے گا۔</numerusform>
            <numerusform>%n دہرائے گئے اندراج چھوڑے جائیں گے۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) cannot be imported.</source>
        <translation>
            <numerusform>%n سطر درآمد نہیں ہو سکتی۔</numerusform>
            <numerusform>%n سطریں درآمد نہیں ہو سکتیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nothing was imported: %1</source>
        <translation>کچھ درآمد نہیں ہوا: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The import was cancelled; the customers are as they were before.</source>
        <translation>درآمد منسوخ کر دی گئی؛ گاہک پہلے جیسے ہی ہیں۔</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Nothing was imported: %n row(s) cannot be imported, and you chose to import nothing then.</source>
        <translation>
            <numerusform>کچھ درآمد نہیں ہوا: %n سطر درآمد نہیں ہو سکتی، اور آپ نے اس صورت میں کچھ بھی درآمد نہ کرنا چنا تھا۔</numerusform>
            <numerusform>کچھ درآمد نہیں ہوا: %n سطریں درآمد نہیں ہو سکتیں، اور آپ نے اس صورت میں کچھ بھی درآمد نہ کرنا چنا تھا۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n customer(s) imported.</source>
        <translation>
            <numerusform>%n گاہک درآمد ہوا۔</numerusform>
            <numerusform>%n گاہک درآمد ہوئے۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>%n دہرایا گیا اندراج چھوڑا گیا۔</numerusform>
            <numerusform>%n دہرائے گئے اندراج چھوڑے گئے۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n row(s) not imported.</source>
        <translation>
            <numerusform>%n سطر درآمد نہیں ہوئی۔</numerusform>
            <numerusform>%n سطریں درآمد نہیں ہوئیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
</context>
<context>
    <name>ImportExportFlow</name>
    <message>
        <location filename="../ui/windows/ImportExportFlow.cpp" line="+40"/>
        <location line="+9"/>
        <source>Export history</source>
        <translation>تاریخچہ برآمد کریں</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+9"/>
        <source>Export customers</source>
        <translation>گاہک برآمد کریں</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV فائلیں (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed</source>
        <translation>برآمد ناکام ہو گئی</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n history entry(s) saved to %1.</source>
        <translation>
            <numerusform>تاریخچے کا %n اندراج %1 میں محفوظ ہوا۔</numerusform>
            <numerusform>تاریخچے کے %n اندراجات %1 میں محفوظ ہوئے۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n customer(s) saved to %1.</source>
        <translation>
            <numerusform>%n گاہک %1 میں محفوظ ہوا۔</numerusform>
            <numerusform>%n گاہک %1 میں محفوظ ہوئے۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportExportService</name>
    <message>
        <location filename="../app/services/ImportExportService.cpp" line="+97"/>
        <location line="+10"/>
        <source>The file %1 cannot be written.</source>
        <translation>فائل %1 لکھی نہیں جا سکتی۔</translation>
    </message>
</context>
<context>
    <name>ImportRow</name>
    <message>
        <location filename="../app/integration/ImportRow.cpp" line="+86"/>
        <source>A quoted field that starts on line %1 is never closed; the lines after it are read as new rows.</source>
        <translation>سطر %1 پر شروع ہونے والا واوین میں بند خانہ کبھی بند نہیں ہوتا؛ اس کے بعد کی سطریں نئی سطروں کے طور پر پڑھی جاتی ہیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A quote mark stands inside a field: put the whole field in quotes and double each quote mark inside it.</source>
        <translation>ایک خانے کے اندر واوین کا نشان ہے: پورے خانے کو واوین میں رکھیں اور اس کے اندر ہر واوین کو دہرا لکھیں۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The row has %1 fields where the header has %2.</source>
        <translation>سطر میں %1 خانے ہیں جبکہ سرخی میں %2 ہیں۔</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The column %1 holds a NUL byte.</source>
        <translation>کالم %1 میں NUL بائٹ ہے۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The value in the column %1 is longer than %2 characters.</source>
        <translation>کالم %1 کی قدر %2 حروف سے لمبی ہے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The column %1 holds a character that reverses the direction of text (U+202A–U+202E, U+2066–U+2069); such characters can disguise a value, so the row is not imported.</source>
        <translation>کالم %1 میں ایسا حرف ہے جو متن کی سمت الٹ دیتا ہے (U+202A–U+202E، U+2066–U+2069)؛ ایسے حروف کسی قدر کو بدل کر دکھا سکتے ہیں، اس لیے یہ سطر درآمد نہیں کی جاتی۔</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The column %1 must hold a two-letter country code such as IN, PK or ES.</source>
        <translation>کالم %1 میں دو حرفی ملکی کوڈ ہونا چاہیے، جیسے IN، PK یا ES۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The column %1 must hold a language code such as hi, ur or ca.</source>
        <translation>کالم %1 میں زبان کا کوڈ ہونا چاہیے، جیسے hi، ur یا ca۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The column %1: %2</source>
        <extracomment>%1 is the column&apos;s name, %2 the reason the number is refused (a sentence)</extracomment>
        <translation>کالم %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The row has neither a name nor a phone number.</source>
        <translation>سطر میں نہ نام ہے نہ فون نمبر۔</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../app/secrets/KeychainSecretStore.cpp" line="+79"/>
        <source>The system keychain is not available: check that it is running and unlocked, then try again.</source>
        <translation>سسٹم کی چین دستیاب نہیں ہے: جانچ لیں کہ یہ چل رہی ہے اور ان لاک ہے، پھر دوبارہ کوشش کریں۔</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../ui/windows/MainMenus.cpp" line="+67"/>
        <source>&amp;File</source>
        <translation>فائل(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find customer…</source>
        <translation>گاہک تلاش کریں(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import customers…</source>
        <translation>گاہک درآمد کریں(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export customers…</source>
        <translation>گاہک برآمد کریں(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;history…</source>
        <translation>تاریخچہ برآمد کریں(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>بند کریں(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Call</source>
        <translation>کال(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>منظر(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>زبان(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>مدد(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Cordial</source>
        <translation>Cordial کے بارے میں(&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About Cordial</source>
        <translation>Cordial کے بارے میں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Cordial&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;An agent console for frontline customer service: who the customer is, what to say next, and never a long hold.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Cordial&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;فرنٹ لائن کسٹمر سروس کے لیے ایجنٹ کنسول: گاہک کون ہے، آگے کیا کہنا ہے، اور کبھی طویل ہولڈ نہیں۔&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="+371"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language “%1” is not available. Cordial continues in English.</source>
        <translation>زبان “%1” دستیاب نہیں ہے۔ Cordial انگریزی میں جاری رہے گا۔</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Call console</source>
        <translation>کال کنسول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>حالت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>H&amp;istory</source>
        <translation>تاریخچہ(&amp;I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call not&amp;es:</source>
        <translation>کال کے نوٹس(&amp;E):</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 or more customers</source>
        <translation>%1 یا اس سے زیادہ گاہک</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Changes not saved yet</source>
        <translation>تبدیلیاں ابھی محفوظ نہیں ہوئیں</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) of the call could not be saved to the database yet. They are kept on this computer and saved the next time Cordial starts.</source>
        <translation>
            <numerusform>کال کی %n تبدیلی ابھی ڈیٹابیس میں محفوظ نہیں ہو سکی۔ وہ اس کمپیوٹر پر رکھی گئی ہے اور اگلی بار Cordial شروع ہونے پر محفوظ ہو جائے گی۔</numerusform>
            <numerusform>کال کی %n تبدیلیاں ابھی ڈیٹابیس میں محفوظ نہیں ہو سکیں۔ وہ اس کمپیوٹر پر رکھی گئی ہیں اور اگلی بار Cordial شروع ہونے پر محفوظ ہو جائیں گی۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Follow-&amp;ups due</source>
        <translation>زیرِ التوا فالو اپ(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>History and follow-ups</source>
        <translation>تاریخچہ اور فالو اپ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Database: %1</source>
        <translation>ڈیٹابیس: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n گاہک</numerusform>
            <numerusform>%n گاہک</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Customer count unavailable</source>
        <translation>گاہکوں کی تعداد دستیاب نہیں</translation>
    </message>
</context>
<context>
    <name>MergeCustomersDialog</name>
    <message>
        <location filename="../ui/dialogs/MergeCustomersDialog.cpp" line="+42"/>
        <source>%1 — %2</source>
        <extracomment>A search result: %1 the customer&apos;s name, %2 the phone number</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Merge a card into %1</source>
        <extracomment>Dialog title: %1 is the name of the card that stays</extracomment>
        <translation>%1 میں ایک کارڈ ضم کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the other card of this customer by name, phone or e-mail. Its calls, notes, follow-ups and history move to this card, and it leaves the search.</source>
        <translation>اس گاہک کا دوسرا کارڈ نام، فون یا ای میل سے تلاش کریں۔ اس کی کالیں، نوٹس، فالو اپ اور تاریخچہ اس کارڈ پر آ جائیں گے، اور وہ تلاش میں نظر نہیں آئے گا۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find the other card:</source>
        <translation>دوسرا کارڈ تلاش کریں(&amp;F):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find the other card</source>
        <translation>دوسرا کارڈ تلاش کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cards found</source>
        <translation>ملے ہوئے کارڈ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pick the value to keep where the cards differ. Phone numbers and tags of both cards are kept.</source>
        <translation>جہاں کارڈ مختلف ہیں وہاں رکھنے والی قدر چنیں۔ دونوں کارڈوں کے فون نمبر اور ٹیگ رکھے جاتے ہیں۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+196"/>
        <source>&amp;Merge cards</source>
        <translation>کارڈ ضم کریں(&amp;M)</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>Merge the cards</source>
        <translation>کارڈ ضم کریں</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>This card</source>
        <translation>یہ کارڈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other card</source>
        <translation>دوسرا کارڈ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No other card chosen yet.</source>
        <translation>ابھی کوئی دوسرا کارڈ نہیں چنا گیا۔</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(empty)</source>
        <translation>(خالی)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of this card: %2</source>
        <translation>اس کارڈ کا %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of the other card: %2</source>
        <translation>دوسرے کارڈ کا %1: %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+8"/>
        <source>Merge cards</source>
        <translation>کارڈ ضم کریں</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Merge the card of %1 into the card of %2? Its history moves and it leaves the search. This cannot be undone.</source>
        <extracomment>%1 the card merged away, %2 the card kept</extracomment>
        <translation>کیا %1 کا کارڈ %2 کے کارڈ میں ضم کر دیا جائے؟ اس کا تاریخچہ ساتھ آ جائے گا اور وہ تلاش میں نظر نہیں آئے گا۔ اسے واپس نہیں کیا جا سکتا۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Do not merge</source>
        <translation>ضم نہ کریں</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Merging…</source>
        <translation>ضم ہو رہا ہے…</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../app/storage/Migrations.cpp" line="+66"/>
        <source>The database %1 was written by a newer version of Cordial (schema %2; this version knows up to %3). It was left untouched: update Cordial to open it.</source>
        <translation>ڈیٹابیس %1 کو Cordial کے نئے ورژن نے لکھا ہے (اسکیما %2؛ یہ ورژن صرف %3 تک جانتا ہے)۔ اسے نہیں چھیڑا گیا: اسے کھولنے کے لیے Cordial کو اپ ڈیٹ کریں۔</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The database %1 has no Cordial tables yet. An administrator must set it up first with “%2”.</source>
        <translation>ڈیٹابیس %1 میں ابھی تک Cordial کی کوئی جدول نہیں ہے۔ کسی منتظم کو پہلے “%2” سے اسے تیار کرنا ہوگا۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database %1 has schema %2, older than this version of Cordial needs (%3). It was left untouched: an administrator must update it first with “%4”.</source>
        <translation>ڈیٹابیس %1 کا اسکیما %2 ہے، جو Cordial کے اس ورژن کی ضرورت (%3) سے پرانا ہے۔ اسے چھیڑا نہیں گیا: کسی منتظم کو پہلے “%4” سے اسے اپ ڈیٹ کرنا ہوگا۔</translation>
    </message>
</context>
<context>
    <name>NewCallDialog</name>
    <message>
        <location filename="../ui/dialogs/NewCallDialog.cpp" line="+181"/>
        <location line="+95"/>
        <source>Looking up the number…</source>
        <translation>نمبر تلاش کیا جا رہا ہے…</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Known customer: %1</source>
        <translation>موجودہ گاہک: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No customer has this number: a new customer card will be created.</source>
        <translation>اس نمبر کا کوئی گاہک موجود نہیں: نیا گاہک کارڈ بنایا جائے گا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without a number, a new customer card is created (in person only).</source>
        <translation>نمبر کے بغیر نیا گاہک کارڈ بنایا جاتا ہے (صرف روبرو)۔</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 has no phone number to call back.</source>
        <translation>%1 کا کوئی فون نمبر نہیں ہے جس پر واپس کال کی جا سکے۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the customer&apos;s phone number.</source>
        <translation>گاہک کا فون نمبر درج کریں۔</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Enter the new customer&apos;s name: a given name, a family name or both.</source>
        <translation>نئے گاہک کا نام درج کریں: پہلا نام، خاندانی نام یا دونوں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving the new customer card…</source>
        <translation>نیا گاہک کارڈ محفوظ کیا جا رہا ہے…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new customer card could not be saved: %1</source>
        <translation>نیا گاہک کارڈ محفوظ نہیں ہو سکا: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New call</source>
        <translation>نئی کال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the &amp;selected customer: %1</source>
        <translation>منتخب گاہک کے ساتھ(&amp;S): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the &amp;selected customer (none selected)</source>
        <translation>منتخب گاہک کے ساتھ(&amp;S) (کوئی منتخب نہیں)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call the selected customer</source>
        <translation>منتخب گاہک کو کال کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a phone &amp;number:</source>
        <translation>فون نمبر کے ساتھ(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call by phone number</source>
        <translation>فون نمبر سے کال کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number</source>
        <translation>فون نمبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+91 98480 22338</source>
        <translation>+92 300 1234567</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customer card</source>
        <translation>نیا گاہک کارڈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sal&amp;utation:</source>
        <translation>طرزِ خطاب(&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salutation</source>
        <translation>طرزِ خطاب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ms.</source>
        <translation>محترمہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mr.</source>
        <translation>جناب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mx.</source>
        <translation>معزز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dr.</source>
        <translation>ڈاکٹر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Given name:</source>
        <translation>پہلا نام(&amp;G):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>پہلا نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Family name:</source>
        <translation>خاندانی نام(&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>خاندانی نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>زبان(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer&apos;s preferred language</source>
        <translation>گاہک کی پسندیدہ زبان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channel:</source>
        <translation>چینل(&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>چینل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incoming phone call</source>
        <translation>آنے والی فون کال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In person</source>
        <translation>روبرو</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Callback (you call the customer)</source>
        <translation>کال بیک (آپ گاہک کو کال کرتے ہیں)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>مسئلہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tart call</source>
        <translation>کال شروع کریں(&amp;T)</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <location filename="../ui/panels/NotesEditor.cpp" line="+118"/>
        <source>The pasted text is too long for a note (%1 characters; at most %2). Nothing was pasted: paste a shorter extract.</source>
        <translation>چسپاں کیا گیا متن نوٹ کے لیے بہت لمبا ہے (%1 حروف؛ زیادہ سے زیادہ %2)۔ کچھ بھی چسپاں نہیں کیا گیا: کوئی چھوٹا اقتباس چسپاں کریں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pasted %1 characters into the notes. They are saved with the call; card numbers are masked.</source>
        <translation>نوٹس میں %1 حروف چسپاں کیے گئے۔ یہ کال کے ساتھ محفوظ ہوتے ہیں؛ کارڈ نمبر چھپا دیے جاتے ہیں۔</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Call notes</source>
        <translation>کال کے نوٹس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes for this call. Saved as you type; card numbers are masked.</source>
        <translation>اس کال کے نوٹس۔ ٹائپ کرتے ہی محفوظ ہو جاتے ہیں؛ کارڈ نمبر چھپا دیے جاتے ہیں۔</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../ui/panels/NoticeBanner.cpp" line="+40"/>
        <source>Details</source>
        <translation>تفصیلات</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Details…</source>
        <translation>تفصیلات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical details of the notice</source>
        <translation>اطلاع کی تکنیکی تفصیلات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <extracomment>Button that removes the notice banner once the agent has read it</extracomment>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the notice</source>
        <translation>اطلاع ہٹائیں</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../ui/dialogs/PaymentDialog.cpp" line="+228"/>
        <source>Enter the name exactly as it is printed on the card.</source>
        <translation>نام بالکل ویسا ہی درج کریں جیسا کارڈ پر چھپا ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name contains a card number. Type the card number in its own field.</source>
        <translation>نام میں کارڈ نمبر شامل ہے۔ کارڈ نمبر اس کے اپنے خانے میں ٹائپ کریں۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the card number; spaces and dashes are fine.</source>
        <translation>کارڈ نمبر درج کریں؛ اسپیس اور ڈیش استعمال کیے جا سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Valid %1 card ending in %2.</source>
        <translation>درست %1 کارڈ جس کے آخری ہندسے %2 ہیں۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter the expiry date as MM/YY, for example 05/29.</source>
        <translation>میعاد ختم ہونے کی تاریخ MM/YY کی شکل میں درج کریں، مثلاً 05/29۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Valid until the end of %1.</source>
        <extracomment>%1 is the month and year in words (&quot;September 2029&quot;).</extracomment>
        <translation>%1 کے آخر تک درست۔</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Name on the card: %1. %2 ending in %3, expiry %4.</source>
        <translation>کارڈ پر نام: %1۔ %2، آخری ہندسے %3، میعاد %4۔</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Payment read-back</source>
        <translation>ادائیگی کی تفصیلات کی تصدیق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the card details as the customer gives them, then read the sentence below back to the customer.</source>
        <translation>گاہک جیسے جیسے کارڈ کی تفصیلات بتائے انہیں ٹائپ کریں، پھر نیچے دیا گیا جملہ گاہک کو پڑھ کر سنائیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name on card:</source>
        <translation>کارڈ پر نام(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name on card</source>
        <translation>کارڈ پر نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card n&amp;umber:</source>
        <translation>کارڈ نمبر(&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card number</source>
        <translation>کارڈ نمبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digits, spaces or dashes</source>
        <translation>ہندسے، اسپیس یا ڈیش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expiry (MM/YY):</source>
        <translation>میعاد(&amp;E) (MM/YY):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry date, month and year</source>
        <translation>میعاد ختم ہونے کی تاریخ، مہینہ اور سال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MM/YY</source>
        <extracomment>Placeholder in the card expiry field: two-digit month, slash, two-digit year.</extracomment>
        <translation>MM/YY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read back to the customer:</source>
        <translation>گاہک کو پڑھ کر سنائیں:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-back sentence</source>
        <translation>پڑھ کر سنانے کا جملہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read back the name, the brand, the last four digits and the expiry, never the full number. Only these are saved; the number is erased when this window closes.</source>
        <translation>نام، برانڈ، آخری چار ہندسے اور میعاد پڑھ کر سنائیں، مکمل نمبر کبھی نہیں۔ صرف یہی محفوظ کیے جاتے ہیں؛ یہ ونڈو بند ہوتے ہی نمبر مٹا دیا جاتا ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Confirm read-back</source>
        <translation>تصدیق کریں(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm read-back</source>
        <translation>پڑھ کر سنانے کی تصدیق کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <location filename="../app/domain/PhoneNumber.cpp" line="+46"/>
        <source>“%1” does not start with a country code: check the digits after the “+”.</source>
        <translation>“%1” کسی ملکی کوڈ سے شروع نہیں ہوتا: “+” کے بعد والے ہندسے جانچ لیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is too long to be a phone number.</source>
        <translation>“%1” فون نمبر ہونے کے لیے بہت لمبا ہے۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is too long for a phone number with the country code +%2.</source>
        <translation>ملکی کوڈ ⁦+%2⁩ والے فون نمبر کے لیے “%1” بہت لمبا ہے۔</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>“%1” is not a phone number: it contains the character “%2”.</source>
        <translation>“%1” فون نمبر نہیں ہے: اس میں “%2” حرف شامل ہے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” holds no digits: enter the phone number.</source>
        <translation>“%1” میں کوئی ہندسہ نہیں ہے: براہِ کرم فون نمبر درج کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A phone number has at most %1 digits, country code included; this one has %2. Check the number with the customer.</source>
        <extracomment>%1 is the most digits a phone number has (15), %2 how many were typed (more).</extracomment>
        <translation>فون نمبر میں ملکی کوڈ سمیت زیادہ سے زیادہ %1 ہندسے ہوتے ہیں؛ اس میں %2 ہندسے ہیں۔ گاہک سے نمبر کی تصدیق کریں۔</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../app/i18n/Languages.cpp" line="+15"/>
        <location filename="../ui/platform/LanguageSwitcher.cpp" line="+17"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../ui/platform/QtStandardTexts.cpp" line="+24"/>
        <source>&amp;Undo</source>
        <translation>کالعدم کریں(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>دوبارہ کریں(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>کاٹیں(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>کاپی کریں(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>چسپاں کریں(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>سب منتخب کریں</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+15"/>
        <source>Show Details...</source>
        <translation>تفصیلات دکھائیں...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>تفصیلات چھپائیں...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-35"/>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>ہاں(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>نہیں(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>رد کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>لاگو کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>مدد</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+14"/>
        <source>&amp;Undo</source>
        <translation>کالعدم کریں(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>دوبارہ کریں(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>کاٹیں(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>کاپی کریں(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>چسپاں کریں(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>سب منتخب کریں</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <location filename="../ui/windows/QuitGuard.cpp" line="+28"/>
        <source>Quit Cordial?</source>
        <translation>Cordial بند کریں؟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A call is open. Quit anyway?</source>
        <translation>ایک کال ابھی کھلی ہے۔ پھر بھی بند کریں؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The call is offered back to you when you start Cordial again.</source>
        <translation>جب آپ Cordial دوبارہ شروع کریں گے تو یہ کال آپ کو واپس پیش کی جائے گی۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stay in the call</source>
        <translation>کال میں رہیں(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit anyway</source>
        <translation>پھر بھی بند کریں(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>RequestCapture</name>
    <message>
        <location filename="../ui/panels/RequestCapture.cpp" line="+159"/>
        <source>What the customer wants</source>
        <translation>گاہک کیا چاہتا ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;quest:</source>
        <translation>درخواست(&amp;Q):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer request</source>
        <translation>گاہک کی درخواست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. two more CDs</source>
        <translation>مثلاً مزید دو سی ڈی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fills the restate and closing lines of the script (Ctrl+Shift+Q)</source>
        <translation>اسکرپٹ کے دہرانے اور اختتامی جملے بھرتا ہے (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;tails:</source>
        <translation>تفصیلات(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request details</source>
        <translation>درخواست کی تفصیلات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional</source>
        <translation>اختیاری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addre&amp;ss:</source>
        <translation>پتہ(&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery address</source>
        <translation>ترسیل کا پتہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional; the customer card&apos;s address otherwise</source>
        <translation>اختیاری؛ بصورتِ دیگر گاہک کارڈ کا پتہ</translation>
    </message>
</context>
<context>
    <name>SaveBacklogBanner</name>
    <message>
        <location filename="../ui/panels/SaveBacklogBanner.cpp" line="+45"/>
        <source>Changes not saved yet</source>
        <translation>تبدیلیاں ابھی محفوظ نہیں ہوئیں</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n change(s) of the call are not saved yet: the database cannot take them now. They are kept in order on this computer and saved as soon as it can; nothing you typed is lost.</source>
        <translation>
            <numerusform>کال کی %n تبدیلی ابھی محفوظ نہیں ہوئی: ڈیٹابیس اسے ابھی نہیں لے سکتا۔ وہ اس کمپیوٹر پر رکھی گئی ہے اور جیسے ہی ممکن ہو محفوظ ہو جائے گی؛ آپ کا لکھا کچھ بھی ضائع نہیں ہو گا۔</numerusform>
            <numerusform>کال کی %n تبدیلیاں ابھی محفوظ نہیں ہوئیں: ڈیٹابیس انہیں ابھی نہیں لے سکتا۔ وہ ترتیب سے اس کمپیوٹر پر رکھی گئی ہیں اور جیسے ہی ممکن ہو محفوظ ہو جائیں گی؛ آپ کا لکھا کچھ بھی ضائع نہیں ہو گا۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try again now</source>
        <translation>ابھی دوبارہ کوشش کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try saving the waiting changes again now</source>
        <translation>رکی ہوئی تبدیلیاں ابھی دوبارہ محفوظ کرنے کی کوشش کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details…</source>
        <translation>تفصیلات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the changes are not saved</source>
        <translation>تبدیلیاں کیوں محفوظ نہیں ہوئیں</translation>
    </message>
</context>
<context>
    <name>ScriptFiller</name>
    <message>
        <location filename="../app/services/ScriptFiller.cpp" line="+71"/>
        <source>Type the customer&apos;s request in the request field to fill in this sentence.</source>
        <translation>یہ جملہ مکمل کرنے کے لیے درخواست والے خانے میں گاہک کی درخواست لکھیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This read-back is filled in once the payment card is taken.</source>
        <translation>ادائیگی کارڈ کی تفصیلات لینے کے بعد یہ تصدیقی جملہ مکمل ہو جائے گا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This sentence is filled in once the follow-up is scheduled.</source>
        <translation>فالو اپ طے ہونے کے بعد یہ جملہ مکمل ہو جائے گا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This sentence is filled in once the transfer target is chosen.</source>
        <translation>منتقلی کس کو کرنی ہے، یہ منتخب کرنے کے بعد یہ جملہ مکمل ہو جائے گا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name for the greeting is not set.</source>
        <translation>سلام کے لیے آپ کا نام درج نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This sentence needs the customer&apos;s name: choose or create the customer&apos;s card.</source>
        <translation>اس جملے کے لیے گاہک کا نام درکار ہے: گاہک کا کارڈ منتخب کریں یا بنائیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This sentence needs the customer&apos;s address: type it in the address field.</source>
        <translation>اس جملے کے لیے گاہک کا پتہ درکار ہے: اسے پتے والے خانے میں لکھیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The company name for the script is not set.</source>
        <translation>اسکرپٹ کے لیے کمپنی کا نام درج نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This sentence needs a value that is not known yet.</source>
        <translation>اس جملے کے لیے ایسی معلومات درکار ہیں جو ابھی دستیاب نہیں۔</translation>
    </message>
</context>
<context>
    <name>ScriptLibrary</name>
    <message>
        <location filename="../app/services/ScriptLibrary.cpp" line="+72"/>
        <source>The script file %1 has no text for &quot;%2&quot; in %3.</source>
        <translation>اسکرپٹ فائل %1 میں، %3 میں “%2” کا متن موجود نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+58"/>
        <source>The script file %1 cannot be read.</source>
        <translation>اسکرپٹ فائل %1 پڑھی نہیں جا سکتی۔</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The script file %1 says it is for &quot;%2&quot; (%3), which does not match where it is stored.</source>
        <translation>اسکرپٹ فائل %1 کے مطابق وہ “%2” (%3) کے لیے ہے، جو اس کے محفوظ ہونے کی جگہ سے مطابقت نہیں رکھتا۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no call script for %1 and no English script to fall back on.</source>
        <translation>%1 کے لیے کوئی کال اسکرپٹ نہیں ہے، اور متبادل کے طور پر کوئی انگریزی اسکرپٹ بھی نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The script file %1 is not valid JSON (error at line %2, column %3).</source>
        <translation>اسکرپٹ فائل %1 درست JSON نہیں ہے (سطر %2، کالم %3 پر خرابی)۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The script file %1 must contain a JSON object.</source>
        <translation>اسکرپٹ فائل %1 میں ایک JSON آبجیکٹ ہونا چاہیے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The script file %1 uses format %2; this version of Cordial reads format %3 or older.</source>
        <translation>اسکرپٹ فائل %1 فارمیٹ %2 استعمال کرتی ہے؛ Cordial کا یہ ورژن فارمیٹ %3 یا اس سے پرانے فارمیٹ پڑھتا ہے۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file</source>
        <translation>فائل کے مرکزی حصے</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The script file %1 names an unknown channel &quot;%2&quot;.</source>
        <translation>اسکرپٹ فائل %1 میں نامعلوم چینل “%2” درج ہے۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The script file %1 has no &quot;steps&quot; list.</source>
        <translation>اسکرپٹ فائل %1 میں “steps” فہرست موجود نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>step %1</source>
        <translation>مرحلہ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the script file %1, %2 is not a JSON object.</source>
        <translation>اسکرپٹ فائل %1 میں، %2 JSON آبجیکٹ نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The script file %1 has two steps with the id &quot;%2&quot;.</source>
        <translation>اسکرپٹ فائل %1 میں آئی ڈی “%2” والے دو مراحل ہیں۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In the script file %1, &quot;optional&quot; of step &quot;%2&quot; must be true or false.</source>
        <translation>اسکرپٹ فائل %1 میں، مرحلہ “%2” کی “optional” قدر true یا false ہونی چاہیے۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In the script file %1, &quot;lines&quot; must be a JSON object.</source>
        <translation>اسکرپٹ فائل %1 میں، “lines” ایک JSON آبجیکٹ ہونا چاہیے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the script file %1, the line &quot;%2&quot; must be text.</source>
        <translation>اسکرپٹ فائل %1 میں، سطر “%2” متن ہونی چاہیے۔</translation>
    </message>
    <message>
        <location filename="../app/services/LanguageRulesFile.cpp" line="+58"/>
        <source>The language rules file %1 is not a valid JSON object.</source>
        <translation>زبان کے قواعد کی فائل %1 درست JSON آبجیکٹ نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The language rules file %1 does not say its language.</source>
        <translation>زبان کے قواعد کی فائل %1 میں اس کی زبان درج نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the language rules file %1, &quot;%2&quot; is not in the documented form.</source>
        <translation>زبان کے قواعد کی فائل %1 میں “%2” دستاویزی شکل میں نہیں ہے۔</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <location filename="../ui/panels/ScriptPanel.cpp" line="+266"/>
        <source>%1 (skipped)</source>
        <extracomment>A script step the agent chose not to say; %1 is the step&apos;s title in the script language</extracomment>
        <translation>%1 (چھوڑ دیا گیا)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Current step</source>
        <translation>موجودہ مرحلہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>چھوڑ دیا گیا</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Script &amp;language:</source>
        <translation>اسکرپٹ کی زبان(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Script language for this call</source>
        <translation>اس کال کے لیے اسکرپٹ کی زبان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No call script is available.</source>
        <translation>کوئی کال اسکرپٹ دستیاب نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call script: %1</source>
        <translation>کال اسکرپٹ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next step</source>
        <translation>اگلا مرحلہ(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step</source>
        <translation>اگلا مرحلہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the current step and move to the next one (Ctrl+Return)</source>
        <translation>موجودہ مرحلے پر نشان لگائیں اور اگلے مرحلے پر جائیں (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ne&amp;xt step</source>
        <translation>اگلا مرحلہ(&amp;X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>S&amp;kip step</source>
        <translation>مرحلہ چھوڑیں(&amp;K)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Skip step</source>
        <translation>مرحلہ چھوڑیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the current step out on purpose and move on (Ctrl+Shift+Return)</source>
        <translation>موجودہ مرحلے کو جان بوجھ کر چھوڑیں اور آگے بڑھیں (Ctrl+Shift+Return)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call script steps</source>
        <translation>کال اسکرپٹ کے مراحل</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Step %1: %2</source>
        <translation>مرحلہ %1: %2</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>What to say in step %1</source>
        <translation>مرحلہ %1 میں کیا کہنا ہے</translation>
    </message>
</context>
<context>
    <name>SqlErrors</name>
    <message>
        <location filename="../app/storage/CallRepository.cpp" line="+32"/>
        <source>The record no longer exists.</source>
        <translation>یہ ریکارڈ اب موجود نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>The call record no longer exists.</source>
        <translation>کال کا ریکارڈ اب موجود نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The call is already closed or no longer exists.</source>
        <translation>کال پہلے ہی بند ہو چکی ہے یا اب موجود نہیں۔</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>The note no longer exists.</source>
        <translation>نوٹ اب موجود نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The follow-up no longer exists.</source>
        <translation>فالو اپ اب موجود نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../app/storage/CustomerEditRepository.cpp" line="+19"/>
        <location filename="../app/storage/CustomerMergeRepository.cpp" line="+45"/>
        <location line="+10"/>
        <location filename="../app/storage/CustomerRepository.cpp" line="+106"/>
        <source>The customer record no longer exists. Someone may have removed it.</source>
        <translation>گاہک کا ریکارڈ اب موجود نہیں ہے۔ ہو سکتا ہے کسی نے اسے حذف کر دیا ہو۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This customer card was merged into another card. Open that card to change it.</source>
        <translation>یہ گاہک کارڈ کسی دوسرے کارڈ میں ضم ہو چکا ہے۔ تبدیلی کے لیے وہ کارڈ کھولیں۔</translation>
    </message>
    <message>
        <location filename="../app/storage/SqlErrors.cpp" line="+45"/>
        <source>The database server %1 does not let %2 sign in: the account may be disabled or not allowed from this computer. Ask your administrator.</source>
        <translation>ڈیٹابیس سرور %1، %2 کو سائن اِن نہیں کرنے دے رہا: ممکن ہے اکاؤنٹ بند کر دیا گیا ہو یا اس کمپیوٹر سے اجازت نہ ہو۔ براہِ کرم اپنے منتظم سے رابطہ کریں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database server %1 refused the user name or password.</source>
        <translation>ڈیٹابیس سرور %1 نے صارف نام یا پاس ورڈ مسترد کر دیا۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database %1 does not exist on the server.</source>
        <translation>ڈیٹابیس %1 سرور پر موجود نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database server %1 cannot be reached. Check the address and your network connection, then try again.</source>
        <translation>ڈیٹابیس سرور %1 سے رابطہ نہیں ہو پا رہا۔ پتہ اور اپنا نیٹ ورک کنکشن جانچیں، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database %1 is busy with another user&apos;s change. Try again.</source>
        <translation>ڈیٹابیس %1 کسی دوسرے صارف کی تبدیلی میں مصروف ہے۔ دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your account on the database %1 may not do this. Ask a supervisor or an administrator.</source>
        <translation>ڈیٹابیس %1 پر آپ کے اکاؤنٹ کو یہ کرنے کی اجازت نہیں ہے۔ براہِ کرم کسی سپروائزر یا منتظم سے پوچھیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database %1 cannot be opened.</source>
        <translation>ڈیٹابیس %1 کھولا نہیں جا سکتا۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+45"/>
        <source>The database %1 could not carry out the request.</source>
        <translation>ڈیٹابیس %1 درخواست پوری نہیں کر سکا۔</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The database file %1 cannot be opened or created. Check that its folder exists and that you may write to it.</source>
        <translation>ڈیٹابیس فائل %1 کھولی یا بنائی نہیں جا سکتی۔ جانچ لیں کہ اس کا فولڈر موجود ہے اور آپ کو اس میں لکھنے کی اجازت ہے۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database file %1 is read-only. Check that you may write to it and to its folder.</source>
        <translation>ڈیٹابیس فائل %1 صرف پڑھنے کے لیے ہے۔ جانچ لیں کہ آپ کو اس فائل اور اس کے فولڈر میں لکھنے کی اجازت ہے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk that holds the database file %1 is full.</source>
        <translation>ڈیٹابیس فائل %1 والی ڈسک بھر چکی ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database file %1 could not be read or written.</source>
        <translation>ڈیٹابیس فائل %1 کو پڑھا یا اس میں لکھا نہیں جا سکا۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database file %1 cannot be opened.</source>
        <translation>ڈیٹابیس فائل %1 کھولی نہیں جا سکتی۔</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The file %1 is not a Cordial database, or it is damaged. It was left untouched: restore it from a backup or choose another file.</source>
        <translation>فائل %1 Cordial ڈیٹابیس نہیں ہے، یا خراب ہو چکی ہے۔ اسے نہیں چھیڑا گیا: اسے بیک اپ سے بحال کریں یا کوئی دوسری فائل منتخب کریں۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database %1 is locked by another program. Close the other program or try again later.</source>
        <translation>ڈیٹابیس %1 کو کسی دوسرے پروگرام نے لاک کر رکھا ہے۔ دوسرا پروگرام بند کریں یا بعد میں دوبارہ کوشش کریں۔</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The database %1 is locked by another program and stayed locked for more than %n second(s). Close the other program or try again later.</source>
        <translation>
            <numerusform>ڈیٹابیس %1 کو کسی دوسرے پروگرام نے لاک کر رکھا ہے اور یہ %n سیکنڈ سے زیادہ لاک رہا۔ دوسرا پروگرام بند کریں یا بعد میں دوبارہ کوشش کریں۔</numerusform>
            <numerusform>ڈیٹابیس %1 کو کسی دوسرے پروگرام نے لاک کر رکھا ہے اور یہ %n سیکنڈ سے زیادہ لاک رہا۔ دوسرا پروگرام بند کریں یا بعد میں دوبارہ کوشش کریں۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/storage/SqlStatement.cpp" line="+129"/>
        <source>The database %1 did not report the new record&apos;s number.</source>
        <translation>ڈیٹابیس %1 نے نئے ریکارڈ کا نمبر نہیں بتایا۔</translation>
    </message>
    <message>
        <location filename="../app/storage/ChangeFeed.cpp" line="+31"/>
        <source>The database %1 cannot report other users&apos; changes.</source>
        <translation>ڈیٹابیس %1 دوسرے صارفین کی تبدیلیوں کی اطلاع نہیں دے سکتا۔</translation>
    </message>
    <message>
        <location filename="../app/storage/CustomerMergeRepository.cpp" line="-7"/>
        <source>One of these cards was already merged into another card.</source>
        <translation>ان میں سے ایک کارڈ پہلے ہی کسی دوسرے کارڈ میں ضم ہو چکا ہے۔</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Choose two different customer cards to merge.</source>
        <translation>ضم کرنے کے لیے دو مختلف گاہک کارڈ چنیں۔</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../ui/main.cpp" line="+115"/>
        <source>No graphical display was found (neither DISPLAY nor WAYLAND_DISPLAY is set). Start Cordial from a desktop session.</source>
        <translation>کوئی گرافیکل ڈسپلے نہیں ملا (نہ DISPLAY سیٹ ہے نہ WAYLAND_DISPLAY)۔ Cordial کو ڈیسک ٹاپ سیشن سے شروع کریں۔</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cordial cannot start</source>
        <translation>Cordial شروع نہیں ہو سکتا</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The database %1 is already at schema version %2; nothing to do.</source>
        <translation>ڈیٹابیس %1 پہلے سے اسکیما ورژن %2 پر ہے؛ کچھ کرنے کی ضرورت نہیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database %1 was updated from schema version %2 to %3.</source>
        <translation>ڈیٹابیس %1 کو اسکیما ورژن %2 سے %3 پر اپ ڈیٹ کیا گیا۔</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Cordial is already running with the database %1, not %2. Close it first to work with another database.</source>
        <translation>Cordial پہلے سے چل رہا ہے۔ اس کا ڈیٹابیس: %1؛ آپ نے مانگا: %2۔ کسی دوسرے ڈیٹابیس پر کام کرنے کے لیے پہلے اسے بند کریں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cordial is already running in %1, not in %2. Change the language in its View menu, or close it first.</source>
        <translation>Cordial پہلے سے چل رہا ہے۔ اس کی زبان: %1؛ آپ نے مانگی: %2۔ اس کے “منظر” مینو میں زبان بدلیں، یا پہلے اسے بند کریں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The running Cordial did not take this request.</source>
        <translation>چلتے ہوئے Cordial نے یہ درخواست قبول نہیں کی۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cordial is already running</source>
        <translation>Cordial پہلے سے چل رہا ہے</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Empty database</source>
        <translation>خالی ڈیٹابیس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database has no customers yet. Add demo customers and history to try Cordial?</source>
        <translation>ڈیٹابیس میں ابھی کوئی گاہک نہیں ہے۔ Cordial آزمانے کے لیے ڈیمو گاہک اور تاریخچہ شامل کریں؟</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The language “%1” is not available; continuing in English.</source>
        <translation>زبان “%1” دستیاب نہیں ہے؛ انگریزی میں جاری رکھا جا رہا ہے۔</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cordial is already running but did not answer. Close it or wait a moment, then try again.</source>
        <translation>Cordial پہلے سے چل رہا ہے لیکن اس نے جواب نہیں دیا۔ اسے بند کریں یا کچھ دیر انتظار کریں، پھر دوبارہ کوشش کریں۔</translation>
    </message>
</context>
<context>
    <name>TeamAdministration</name>
    <message>
        <location filename="../app/storage/TeamAdministration.cpp" line="+37"/>
        <source>You may not add %1: administrators add anyone, supervisors add agents to the teams they supervise.</source>
        <translation>آپ %1 کو شامل نہیں کر سکتے: منتظم کسی کو بھی شامل کر سکتے ہیں، سپروائزر صرف اپنی ٹیموں میں ایجنٹ شامل کر سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+49"/>
        <source>The server already has a user named %1. Choose another login.</source>
        <translation>سرور پر %1 نام کا صارف پہلے سے موجود ہے۔ براہِ کرم کوئی دوسرا لاگ اِن منتخب کریں۔</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>This database is not set up for teams yet. An administrator runs “cordial admin init” first.</source>
        <translation>یہ ڈیٹابیس ابھی ٹیموں کے لیے تیار نہیں ہے۔ پہلے کسی منتظم کو “cordial admin init” چلانا ہوگا۔</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The login %1 cannot be used. Use lower-case Latin letters, digits, “_”, “.” and “-”, starting with a letter, at most 63 characters.</source>
        <extracomment>%1 is the login as typed</extracomment>
        <translation>لاگ اِن %1 استعمال نہیں ہو سکتا۔ چھوٹے لاطینی حروف، ہندسے، “_”، “.” اور “-” استعمال کریں؛ آغاز کسی حرف سے ہو اور زیادہ سے زیادہ 63 حروف ہوں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The role %1 does not exist. Use agent, supervisor or admin.</source>
        <translation>کردار %1 موجود نہیں۔ agent، supervisor یا admin استعمال کریں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the person&apos;s name as said in the greeting.</source>
        <translation>براہِ کرم اس شخص کا نام ویسے دیں جیسے سلام میں بولا جاتا ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name at least one team: agents work in a team, supervisors supervise one.</source>
        <translation>کم از کم ایک ٹیم بتائیں: ایجنٹ کسی ٹیم میں کام کرتے ہیں، سپروائزر کسی ٹیم کی نگرانی کرتے ہیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is empty.</source>
        <translation>پاس ورڈ خالی ہے۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+40"/>
        <source>Team mode needs a PostgreSQL database; a SQLite file is for one person.</source>
        <translation>ٹیم موڈ کے لیے PostgreSQL ڈیٹابیس درکار ہے؛ SQLite فائل صرف ایک شخص کے لیے ہوتی ہے۔</translation>
    </message>
</context>
<context>
    <name>TeamSetup</name>
    <message>
        <location filename="../app/services/TeamSetup.cpp" line="+22"/>
        <source>Team mode needs a PostgreSQL database; a SQLite file is for one person.</source>
        <translation>ٹیم موڈ کے لیے PostgreSQL ڈیٹابیس درکار ہے؛ SQLite فائل صرف ایک شخص کے لیے ہوتی ہے۔</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../ui/dialogs/TransferDialog.cpp" line="+132"/>
        <source>Say: “%1”</source>
        <translation>کہیں: “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Consult first</source>
        <translation>پہلے مشورہ کریں(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transfer &amp;now</source>
        <translation>ابھی منتقل کریں(&amp;N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is nobody to transfer to: no department or manager is set up.</source>
        <translation>منتقل کرنے کے لیے کوئی موجود نہیں: کوئی شعبہ یا مینیجر ترتیب نہیں دیا گیا۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose who to transfer the customer to.</source>
        <translation>منتخب کریں کہ گاہک کو کس کے پاس منتقل کرنا ہے۔</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Transfer the call</source>
        <translation>کال منتقل کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No departments or managers are set up for transfers.</source>
        <translation>منتقلی کے لیے کوئی شعبہ یا مینیجر ترتیب نہیں دیا گیا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer &amp;to:</source>
        <translation>کس کو منتقل کریں(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer targets</source>
        <translation>منتقلی کی منزلیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>manager</source>
        <translation>مینیجر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>department</source>
        <translation>شعبہ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, extension %3)</source>
        <translation>%1 (%2، ایکسٹینشن %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Warm: the customer waits on hold while I consult, and I stay until they are connected</source>
        <translation>مشاورتی(&amp;W): میرے مشورے کے دوران گاہک ہولڈ پر انتظار کرتا ہے، اور منسلک ہونے تک مجھے لائن پر رہنا ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warm transfer</source>
        <translation>مشاورتی منتقلی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;old: transfer at once without consulting</source>
        <translation>براہِ راست(&amp;O): مشورے کے بغیر فوراً منتقل کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cold transfer</source>
        <translation>براہِ راست منتقلی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning: you will leave before the customer is connected. The transfer is recorded as cold.</source>
        <translation>انتباہ: گاہک کے منسلک ہونے سے پہلے آپ چلے جائیں گے۔ منتقلی براہِ راست کے طور پر ریکارڈ کی جاتی ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cold transfer warning</source>
        <translation>براہِ راست منتقلی کا انتباہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer line to say</source>
        <translation>منتقلی کے وقت کہنے کا جملہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>مسئلہ</translation>
    </message>
</context>
<context>
    <name>WrapUpDialog</name>
    <message>
        <location filename="../ui/dialogs/WrapUpDialog.cpp" line="+118"/>
        <source>After-call work so far: %1</source>
        <translation>اب تک کال کے بعد کا کام: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Describe the outcome in the summary when the disposition is “Other”.</source>
        <translation>جب زمرہ “دیگر” ہو تو خلاصے میں نتیجہ بیان کریں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The summary is too long (%1 characters; at most %2). Keep details in the notes.</source>
        <translation>خلاصہ بہت لمبا ہے (%1 حروف؛ زیادہ سے زیادہ %2)۔ تفصیلات نوٹس میں رکھیں۔</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Wrap up the call</source>
        <translation>کال کا ریپ اپ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>نتیجہ(&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome of the call</source>
        <translation>کال کا نتیجہ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Summary:</source>
        <translation>خلاصہ(&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call summary</source>
        <translation>کال کا خلاصہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After-call work time</source>
        <translation>کال کے بعد کے کام کا وقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>مسئلہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close the call</source>
        <translation>کال بند کریں(&amp;C)</translation>
    </message>
</context>
</TS>
