<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>AbusiveCallerDialog</name>
    <message>
        <location filename="../ui/dialogs/AbusiveCallerDialog.cpp" line="+92"/>
        <source>Abusive caller</source>
        <translation>अपमानजनक कॉलर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not accept abusive or profane language. Choose what to do and say the line below it.</source>
        <translation>अपमानजनक या अभद्र भाषा स्वीकार न करें। चुनें कि क्या करना है और उसके नीचे दी गई पंक्ति बोलें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the caller on &amp;hold</source>
        <translation>कॉलर को होल्ड पर रखें(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the abusive caller on hold</source>
        <translation>अपमानजनक कॉलर को होल्ड पर रखें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask to involve a &amp;supervisor</source>
        <translation>पर्यवेक्षक को शामिल करने के बारे में पूछें(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask whether a supervisor may be involved</source>
        <translation>पूछें कि क्या किसी पर्यवेक्षक को शामिल किया जा सकता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line to say before the hold</source>
        <translation>होल्ड से पहले बोलने वाली पंक्ति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line to say to involve a supervisor</source>
        <translation>पर्यवेक्षक को शामिल करने के लिए बोलने वाली पंक्ति</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>AdminCommand</name>
    <message>
        <location filename="../ui/platform/AdminCommand.cpp" line="+42"/>
        <source>The password file %1 cannot be read.</source>
        <translation>पासवर्ड फ़ाइल %1 पढ़ी नहीं जा सकती।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New password for %1: </source>
        <translation>%1 के लिए नया पासवर्ड: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the password again: </source>
        <translation>पासवर्ड फिर से लिखें: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords differ. Nothing was changed.</source>
        <translation>दोनों पासवर्ड अलग हैं। कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sets up a team database on PostgreSQL and adds people to it.

  cordial admin init --db postgresql://… --login LOGIN --name NAME
      creates the roles, the tables and the first administrator
  cordial admin add-agent LOGIN --name NAME --role agent|supervisor|admin --team TEAM --db …
      adds a person; supervisors add agents to their own teams</source>
        <translation>PostgreSQL पर टीम डेटाबेस तैयार करता है और उसमें लोगों को जोड़ता है।

  cordial admin init --db postgresql://… --login LOGIN --name NAME
      भूमिकाएँ, तालिकाएँ और पहला व्यवस्थापक बनाता है
  cordial admin add-agent LOGIN --name NAME --role agent|supervisor|admin --team TEAM --db …
      एक व्यक्ति को जोड़ता है; पर्यवेक्षक अपनी टीमों में एजेंट जोड़ते हैं</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The team database: postgresql://user@host:port/database.</source>
        <extracomment>Command-line help; keep &quot;postgresql://&quot; as it is</extracomment>
        <translation>टीम डेटाबेस: postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login of the first administrator (init).</source>
        <translation>पहले व्यवस्थापक का लॉगिन (init)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>login</source>
        <translation>लॉगिन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person&apos;s name as said in the greeting.</source>
        <translation>व्यक्ति का नाम, जैसे अभिवादन में बोला जाता है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agent, supervisor or admin (default: agent).</source>
        <translation>agent, supervisor या admin (डिफ़ॉल्ट: agent)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A team of the agent, or a team the supervisor supervises; may be repeated.</source>
        <translation>एजेंट की टीम, या वह टीम जिसकी देखरेख पर्यवेक्षक करता है; एक से अधिक बार दिया जा सकता है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team</source>
        <translation>टीम</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the new password from the first line of this file instead of the terminal.</source>
        <translation>नया पासवर्ड टर्मिनल के बजाय इस फ़ाइल की पहली पंक्ति से पढ़ें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>init or add-agent, then the login for add-agent.</source>
        <extracomment>Command-line help for the positional arguments; keep the command words as they are</extracomment>
        <translation>init या add-agent, और add-agent के बाद लॉगिन।</translation>
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
        <translation>बताएँ क्या करना है: “cordial admin init” या “cordial admin add-agent LOGIN”।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name the team database with --db postgresql://user@host:port/database.</source>
        <translation>टीम डेटाबेस --db postgresql://user@host:port/database से बताएँ।</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The team database %1 is ready (schema version %2). Its first administrator is %3.</source>
        <translation>टीम डेटाबेस %1 तैयार है (स्कीमा संस्करण %2)। इसके पहले व्यवस्थापक %3 हैं।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was added to the team database %2 and can sign in now.</source>
        <translation>%1 को टीम डेटाबेस %2 में जोड़ दिया गया है और अब वे साइन इन कर सकते हैं।</translation>
    </message>
</context>
<context>
    <name>AgentDirectory</name>
    <message>
        <location filename="../app/services/AgentDirectory.cpp" line="+26"/>
        <source>Cordial could not sign you in as %1: %2</source>
        <translation>Cordial आपको %1 के रूप में साइन इन नहीं कर सका: %2</translation>
    </message>
</context>
<context>
    <name>CallActions</name>
    <message>
        <location filename="../ui/windows/CallActions.cpp" line="+95"/>
        <source>&amp;New call…</source>
        <translation>नई कॉल(&amp;N)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a call: incoming, in person or a callback</source>
        <translation>कॉल शुरू करें: इनकमिंग, आमने-सामने या कॉलबैक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Answer</source>
        <translation>उत्तर दें(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer the ringing call</source>
        <translation>बज रही कॉल का उत्तर दें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Transfer…</source>
        <translation>ट्रांसफ़र करें(&amp;T)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transfer the customer to a department or manager</source>
        <translation>ग्राहक को किसी विभाग या प्रबंधक के पास ट्रांसफ़र करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer &amp;connected</source>
        <translation>ग्राहक कनेक्ट हो गए(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer is connected to the transfer target: leave the call</source>
        <translation>ग्राहक ट्रांसफ़र के लक्ष्य से कनेक्ट हो गए हैं: कॉल छोड़ दें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the transfer and return to the customer</source>
        <translation>ट्रांसफ़र रद्द करें और ग्राहक के पास लौटें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tak&amp;e the customer back</source>
        <translation>ग्राहक को वापस लें(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;busive caller…</source>
        <translation>अपमानजनक कॉलर(&amp;B)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Put an abusive caller on hold or involve a supervisor</source>
        <translation>अपमानजनक कॉलर को होल्ड पर रखें या पर्यवेक्षक को शामिल करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Payment read-back…</source>
        <translation>भुगतान विवरण की पुष्टि(&amp;P)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the payment details back to the customer</source>
        <translation>भुगतान विवरण ग्राहक को पढ़कर सुनाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule &amp;follow-up…</source>
        <translation>फ़ॉलो-अप शेड्यूल करें(&amp;F)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agree who will contact the customer, when and why</source>
        <translation>तय करें कि ग्राहक से कौन, कब और क्यों संपर्क करेगा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wrap up…</source>
        <translation>रैप-अप करें(&amp;W)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End the conversation and record its outcome</source>
        <translation>बातचीत समाप्त करें और उसका परिणाम दर्ज करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose call…</source>
        <translation>कॉल बंद करें(&amp;L)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the call after wrap-up, or a call that was never answered</source>
        <translation>रैप-अप के बाद कॉल बंद करें, या ऐसी कॉल जिसका कभी उत्तर नहीं दिया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the re&amp;quest</source>
        <translation>अनुरोध लिखें(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type n&amp;otes</source>
        <translation>नोट्स लिखें(&amp;O)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Go to the request fields of the script</source>
        <translation>स्क्रिप्ट के अनुरोध फ़ील्ड पर जाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the notes of this call</source>
        <translation>इस कॉल के नोट्स पर जाएँ</translation>
    </message>
</context>
<context>
    <name>CallBar</name>
    <message>
        <location filename="../ui/panels/CallBar.cpp" line="+27"/>
        <source>Ringing</source>
        <translation>घंटी बज रही है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In conversation</source>
        <translation>बातचीत जारी</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer on hold</source>
        <translation>ग्राहक होल्ड पर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transferring (customer on hold)</source>
        <translation>ट्रांसफ़र हो रहा है (ग्राहक होल्ड पर)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrap-up</source>
        <translation>रैप-अप</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call closed</source>
        <translation>कॉल बंद</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>No call</source>
        <translation>कोई कॉल नहीं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transferring to %1 (customer on hold)</source>
        <translation>%1 को ट्रांसफ़र हो रहा है (ग्राहक होल्ड पर)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer on hold over a minute</source>
        <translation>ग्राहक एक मिनट से ज़्यादा होल्ड पर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transferring (customer waiting over a minute)</source>
        <translation>ट्रांसफ़र हो रहा है (ग्राहक एक मिनट से ज़्यादा प्रतीक्षा में)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transferring to %1 (customer waiting over a minute)</source>
        <translation>%1 को ट्रांसफ़र हो रहा है (ग्राहक एक मिनट से ज़्यादा प्रतीक्षा में)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Call %1</source>
        <translation>कॉल %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Hold total %1, longest %2 (%n hold(s))</source>
        <translation>
            <numerusform>कुल होल्ड %1, सबसे लंबा %2 (%n होल्ड)</numerusform>
            <numerusform>कुल होल्ड %1, सबसे लंबा %2 (%n होल्ड)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No hold yet</source>
        <translation>अभी तक कोई होल्ड नहीं</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After-call work %1</source>
        <translation>कॉल के बाद का काम %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Current call</source>
        <translation>मौजूदा कॉल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call state</source>
        <translation>कॉल की स्थिति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call duration</source>
        <translation>कॉल की अवधि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold times</source>
        <translation>होल्ड समय</translation>
    </message>
</context>
<context>
    <name>CallController</name>
    <message>
        <location filename="../ui/windows/CallFlowContext.cpp" line="+40"/>
        <source>Take the customer off hold first.</source>
        <translation>पहले ग्राहक को होल्ड से हटाएँ।</translation>
    </message>
    <message>
        <location filename="../ui/windows/CallController.cpp" line="+190"/>
        <location line="+15"/>
        <source>Close the current call before starting another.</source>
        <translation>दूसरी कॉल शुरू करने से पहले मौजूदा कॉल बंद करें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A new customer card was created for %1.</source>
        <translation>%1 के लिए नया ग्राहक कार्ड बनाया गया।</translation>
    </message>
    <message>
        <location filename="../ui/windows/TransferFlow.cpp" line="+39"/>
        <source>There is nobody to transfer to: no department or manager is set up.</source>
        <translation>ट्रांसफ़र करने के लिए कोई नहीं है: कोई विभाग या प्रबंधक सेट अप नहीं है।</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Consulting %1 while the customer waits on hold. Stay on the line and press “Customer connected” once they are connected.</source>
        <translation>ग्राहक होल्ड पर हैं और %1 से परामर्श चल रहा है। लाइन पर बने रहें और उनके कनेक्ट होते ही “ग्राहक कनेक्ट हो गए” दबाएँ।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cold transfer to %1 recorded. Wrap up the call.</source>
        <translation>%1 को कोल्ड ट्रांसफ़र दर्ज किया गया। कॉल का रैप-अप करें।</translation>
    </message>
    <message>
        <location filename="../ui/windows/CallController.cpp" line="+54"/>
        <source>The caller is on hold. Your choice is recorded.</source>
        <translation>कॉलर होल्ड पर है। आपका विकल्प दर्ज कर लिया गया है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded: you asked whether a supervisor may be involved.</source>
        <translation>दर्ज किया गया: आपने पूछा कि क्या किसी पर्यवेक्षक को शामिल किया जा सकता है।</translation>
    </message>
    <message>
        <location filename="../ui/windows/WrapUpFlow.cpp" line="+56"/>
        <source>Close the call</source>
        <translation>कॉल बंद करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The call was not answered. Close it and record it as missed?</source>
        <translation>कॉल का उत्तर नहीं दिया गया। क्या इसे बंद करके मिस्ड कॉल के रूप में दर्ज करें?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Call closed: %1.</source>
        <translation>कॉल बंद: %1।</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Address: %1</source>
        <translation>पता: %1</translation>
    </message>
</context>
<context>
    <name>CallIntake</name>
    <message>
        <location filename="../ui/windows/CallIntake.cpp" line="+53"/>
        <source>A call for %1 came in while another call is open. Close the current call, then start the new one from the New call dialog.</source>
        <translation>%1 की कॉल आई है, जबकि दूसरी कॉल अभी खुली है। मौजूदा कॉल बंद करें, फिर “नई कॉल” डायलॉग से नई कॉल शुरू करें।</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>an unknown caller</source>
        <translation>एक अज्ञात कॉलर</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A call with %1 was interrupted at %2. Resume it?</source>
        <translation>%1 के साथ एक कॉल %2 को बाधित हुई थी। क्या उसे जारी रखें?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Interrupted call</source>
        <translation>बाधित कॉल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closing it records the call as abandoned, with its notes as they were saved. This cannot be undone.</source>
        <translation>इसे बंद करने पर कॉल अधूरी छोड़ी गई कॉल के रूप में दर्ज होगी, और उसके नोट्स वैसे ही रहेंगे जैसे सहेजे गए थे। इसे पूर्ववत नहीं किया जा सकता।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resume the call</source>
        <translation>कॉल जारी रखें(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close it as abandoned</source>
        <translation>अधूरी छोड़ी गई के रूप में बंद करें(&amp;C)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The interrupted call was closed as abandoned.</source>
        <translation>बाधित कॉल को अधूरी छोड़ी गई कॉल के रूप में बंद कर दिया गया।</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n older interrupted call(s) were closed as abandoned.</source>
        <translation>
            <numerusform>%n पुरानी बाधित कॉल को अधूरी छोड़ी गई कॉल के रूप में बंद कर दिया गया।</numerusform>
            <numerusform>%n पुरानी बाधित कॉलों को अधूरी छोड़ी गई कॉलों के रूप में बंद कर दिया गया।</numerusform>
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
        <translation>लिंक में कोई फ़ोन नंबर नहीं है।</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>The extension “%1” must contain digits only.</source>
        <translation>एक्सटेंशन “%1” में केवल अंक होने चाहिए।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The extension “%1” is too long: at most %2 digits are allowed.</source>
        <translation>एक्सटेंशन “%1” बहुत लंबा है: इसमें अधिकतम %2 अंक हो सकते हैं।</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The link is not a Cordial call link.</source>
        <translation>यह लिंक Cordial का कॉल लिंक नहीं है।</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The link names an unknown channel “%1”.</source>
        <translation>लिंक में अज्ञात चैनल “%1” दिया गया है।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The link is too long to be a call request.</source>
        <translation>कॉल अनुरोध के लिए यह लिंक बहुत लंबा है।</translation>
    </message>
</context>
<context>
    <name>CallSession</name>
    <message>
        <location filename="../app/services/CallSession.cpp" line="+77"/>
        <source>Close the current call before starting another.</source>
        <translation>दूसरी कॉल शुरू करने से पहले मौजूदा कॉल बंद करें।</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The call is not on hold.</source>
        <translation>कॉल होल्ड पर नहीं है।</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No transfer is in progress.</source>
        <translation>इस समय कोई ट्रांसफ़र नहीं चल रहा है।</translation>
    </message>
    <message>
        <location filename="../app/services/CallHistory.cpp" line="+105"/>
        <source>Payment card read back: %1 ending in %2.</source>
        <extracomment>In a call&apos;s history entry. %1 is the card brand (&quot;Visa&quot;, or a word for an unknown brand), %2 the card&apos;s last four digits.</extracomment>
        <translation>भुगतान कार्ड का विवरण पढ़कर सुनाया गया: %1, अंतिम चार अंक %2।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Follow-up due: %1.</source>
        <extracomment>In a call&apos;s history entry. %1 is the date and time the follow-up is due.</extracomment>
        <translation>फ़ॉलो-अप का नियत समय: %1।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-up: %1, due %2.</source>
        <extracomment>In a call&apos;s history entry. %1 is the agent who will follow up, %2 the date and time it is due.</extracomment>
        <translation>फ़ॉलो-अप: %1, नियत समय %2।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not answered; closed after %1.</source>
        <translation>उत्तर नहीं दिया गया; %1 के बाद बंद की गई।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Talk time %1, no hold.</source>
        <translation>बातचीत का समय %1, कोई होल्ड नहीं।</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Talk time %1; on hold %2 in total, the longest %3 (%n hold(s)).</source>
        <translation>
            <numerusform>बातचीत का समय %1; कुल होल्ड %2, सबसे लंबा %3 (%n होल्ड)।</numerusform>
            <numerusform>बातचीत का समय %1; कुल होल्ड %2, सबसे लंबा %3 (%n होल्ड)।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/services/CallSession.cpp" line="+94"/>
        <source>Choose a time in the future for the follow-up.</source>
        <translation>फ़ॉलो-अप के लिए भविष्य का कोई समय चुनें।</translation>
    </message>
    <message>
        <location filename="../app/services/CallHistory.cpp" line="-5"/>
        <source>The program stopped during the call, and the call was not taken up again.</source>
        <translation>कॉल के दौरान प्रोग्राम बंद हो गया, और कॉल फिर से शुरू नहीं की गई।</translation>
    </message>
    <message>
        <location filename="../app/domain/Disposition.cpp" line="+40"/>
        <source>Resolved</source>
        <translation>हल हो गया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up needed</source>
        <translation>फ़ॉलो-अप आवश्यक</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transferred</source>
        <translation>ट्रांसफ़र किया गया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalated</source>
        <translation>एस्केलेट किया गया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint</source>
        <translation>शिकायत</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missed</source>
        <translation>मिस्ड कॉल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abandoned</source>
        <translation>अधूरी छोड़ी गई</translation>
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
        <translation>कॉल नोट्स:</translation>
    </message>
    <message>
        <location filename="../app/services/CallSession.cpp" line="+75"/>
        <source>Close the current call before resuming another.</source>
        <translation>दूसरी कॉल जारी रखने से पहले मौजूदा कॉल बंद करें।</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+9"/>
        <source>The interrupted call no longer exists or is already closed.</source>
        <translation>बाधित कॉल अब मौजूद नहीं है या पहले ही बंद हो चुकी है।</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>There is no call in progress.</source>
        <translation>इस समय कोई कॉल नहीं चल रही है।</translation>
    </message>
</context>
<context>
    <name>CallStateMachine</name>
    <message>
        <location filename="../app/domain/CallStateMachine.cpp" line="+68"/>
        <source>The call is already ringing.</source>
        <translation>कॉल की घंटी पहले से बज रही है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The call is already in progress.</source>
        <translation>कॉल पहले से चल रही है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The call is already on hold.</source>
        <translation>कॉल पहले से होल्ड पर है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A transfer is already in progress.</source>
        <translation>एक ट्रांसफ़र पहले से चल रहा है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The call is already in wrap-up.</source>
        <translation>कॉल पहले से रैप-अप में है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The call is already closed.</source>
        <translation>कॉल पहले से बंद है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The call is closed and can no longer change.</source>
        <translation>कॉल बंद हो चुकी है और अब इसमें बदलाव नहीं किया जा सकता।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A call that has been answered cannot ring again.</source>
        <translation>जिस कॉल का उत्तर दिया जा चुका है, उसकी घंटी दोबारा नहीं बज सकती।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer the call first.</source>
        <translation>पहले कॉल का उत्तर दें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The conversation has ended; finish the wrap-up and close the call.</source>
        <translation>बातचीत समाप्त हो चुकी है; रैप-अप पूरा करें और कॉल बंद करें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End the hold before closing the call.</source>
        <translation>कॉल बंद करने से पहले होल्ड समाप्त करें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete or cancel the transfer before closing the call.</source>
        <translation>कॉल बंद करने से पहले ट्रांसफ़र पूरा या रद्द करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrap up the call before closing it.</source>
        <translation>कॉल बंद करने से पहले उसका रैप-अप करें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End the hold before wrapping up the call.</source>
        <translation>कॉल का रैप-अप करने से पहले होल्ड समाप्त करें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer is already waiting while the transfer is in progress.</source>
        <translation>ट्रांसफ़र के दौरान ग्राहक पहले से प्रतीक्षा कर रहे हैं।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This change to the call is not allowed.</source>
        <translation>कॉल में यह बदलाव करने की अनुमति नहीं है।</translation>
    </message>
</context>
<context>
    <name>CallTimeline</name>
    <message>
        <location filename="../app/services/CallTimeline.cpp" line="+40"/>
        <source>Note: %1</source>
        <extracomment>A line of a call&apos;s timeline in the history. %1 is the agent&apos;s note, on one line.</extracomment>
        <translation>नोट: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Outgoing call started</source>
        <translation>आउटगोइंग कॉल शुरू हुई</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incoming call</source>
        <translation>इनकमिंग कॉल</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answered after %1</source>
        <extracomment>A line of a call&apos;s timeline. %1 is how long it rang, as 0:12.</extracomment>
        <translation>%1 के बाद उत्तर दिया गया</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On hold for the transfer consultation</source>
        <translation>ट्रांसफ़र से पहले परामर्श के लिए होल्ड पर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hold</source>
        <translation>होल्ड पर</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+68"/>
        <source>Apologised for the wait</source>
        <translation>प्रतीक्षा के लिए क्षमा माँगी</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Warm transfer to %1: consulting first</source>
        <extracomment>A line of a call&apos;s timeline. %1 is a department or a manager.</extracomment>
        <translation>%1 को वार्म ट्रांसफ़र: पहले परामर्श</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer to %1</source>
        <translation>%1 को ट्रांसफ़र</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer connected</source>
        <translation>ट्रांसफ़र जुड़ गया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer cancelled; back with the caller</source>
        <translation>ट्रांसफ़र रद्द; कॉलर से फिर बात शुरू</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cold transfer to %1</source>
        <extracomment>A line of a call&apos;s timeline. %1 is a department or a manager.</extracomment>
        <translation>%1 को कोल्ड ट्रांसफ़र</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abusive language: the caller was put on hold</source>
        <translation>अपमानजनक भाषा: कॉलर को होल्ड पर रखा गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abusive language: a supervisor was offered</source>
        <translation>अपमानजनक भाषा: पर्यवेक्षक को शामिल करने की पेशकश की गई</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Script step said: %1</source>
        <extracomment>A line of a call&apos;s timeline. %1 is the title of a step of the call script.</extracomment>
        <translation>स्क्रिप्ट का चरण बोला गया: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Script step skipped: %1</source>
        <translation>स्क्रिप्ट का चरण छोड़ा गया: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrap-up started</source>
        <translation>रैप-अप शुरू हुआ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed: the program stopped during the call</source>
        <translation>बंद: कॉल के दौरान प्रोग्राम बंद हो गया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed: not answered</source>
        <translation>बंद: उत्तर नहीं दिया गया</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed: %1</source>
        <extracomment>A line of a call&apos;s timeline. %1 is the wrap-up&apos;s outcome (&quot;Resolved&quot;).</extracomment>
        <translation>बंद: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken up again after the program stopped</source>
        <translation>प्रोग्राम बंद होने के बाद कॉल फिर से शुरू की गई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed as abandoned after the program stopped</source>
        <translation>प्रोग्राम बंद होने के बाद छोड़ी गई कॉल के रूप में बंद की गई</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Waited %1 during the transfer consultation, a minute or more</source>
        <extracomment>A line of a call&apos;s timeline. %1 is how long the caller waited, as 1:25.</extracomment>
        <translation>ट्रांसफ़र के परामर्श के दौरान %1 प्रतीक्षा की, एक मिनट या उससे अधिक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waited %1 during the transfer consultation</source>
        <translation>ट्रांसफ़र के परामर्श के दौरान %1 प्रतीक्षा की</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On hold for %1, a minute or more</source>
        <extracomment>A line of a call&apos;s timeline. %1 is how long the caller was on hold, as 1:25.</extracomment>
        <translation>%1 तक होल्ड पर, एक मिनट या उससे अधिक</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On hold for %1</source>
        <translation>%1 तक होल्ड पर</translation>
    </message>
</context>
<context>
    <name>CardExpiry</name>
    <message>
        <location filename="../app/domain/CardExpiry.cpp" line="+102"/>
        <source>“%1” is not an expiry date. Type the month and the year as printed on the card, for example 05/29.</source>
        <translation>“%1” समाप्ति तिथि नहीं है। कृपया महीना और वर्ष वैसे ही लिखें जैसे कार्ड पर छपे हैं, जैसे 05/29।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no month %1: the month is a number from 01 to 12 (MM/YY).</source>
        <extracomment>%1 is the month as typed (&quot;13&quot;). MM/YY: two-digit month, slash, two-digit year.</extracomment>
        <translation>महीना %1 नहीं हो सकता: महीना 01 से 12 तक की संख्या होती है (MM/YY)।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This card expired at the end of %1. Ask the customer for a card that is still valid.</source>
        <translation>इस कार्ड की वैधता %1 के अंत में समाप्त हो गई। कृपया ग्राहक से कोई ऐसा कार्ड माँगें जो अभी मान्य हो।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The expiry date %1 is more than %2 years ahead; check it with the customer.</source>
        <translation>समाप्ति तिथि %1 आज से %2 वर्ष से भी अधिक आगे की है; ग्राहक से इसकी पुष्टि करें।</translation>
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
        <translation>कार्ड नंबर में केवल अंक, स्पेस और डैश होते हैं। बाकी वर्ण हटाएँ।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A card number has %1 to %2 digits, not %3.</source>
        <translation>कार्ड नंबर में %1 से %2 अंक होते हैं, %3 नहीं।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No card scheme issues numbers that start with these digits. Check the number with the customer.</source>
        <translation>कोई भी कार्ड नेटवर्क इन अंकों से शुरू होने वाले नंबर जारी नहीं करता। ग्राहक से नंबर की पुष्टि करें।</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 card numbers are longer: %n digit(s) entered so far.</source>
        <translation>
            <numerusform>%1 कार्ड नंबर इससे लंबे होते हैं: अब तक %n अंक दर्ज किया गया है।</numerusform>
            <numerusform>%1 कार्ड नंबर इससे लंबे होते हैं: अब तक %n अंक दर्ज किए गए हैं।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 card numbers are shorter: %2 digits entered. Check the number with the customer.</source>
        <translation>%1 कार्ड नंबर इससे छोटे होते हैं: %2 अंक दर्ज किए गए हैं। ग्राहक से नंबर की पुष्टि करें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 digits is not a valid length for a %2 card. Check the number with the customer.</source>
        <translation>%2 कार्ड के लिए %1 अंक मान्य लंबाई नहीं है। ग्राहक से नंबर की पुष्टि करें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This card number is not valid: the check digit does not match. Read the digits back to the customer and correct them.</source>
        <translation>यह कार्ड नंबर मान्य नहीं है: चेक डिजिट मेल नहीं खाता। ग्राहक को अंक पढ़कर सुनाएँ और उन्हें ठीक करें।</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>card</source>
        <comment>payment card of an unrecognised brand, read to the customer</comment>
        <translation>कार्ड</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter the name on the card.</source>
        <translation>कार्ड पर लिखा नाम दर्ज करें।</translation>
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
        <translation>फ़ोन</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In person</source>
        <translation>आमने-सामने</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voicemail</source>
        <translation>वॉइसमेल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter</source>
        <translation>पत्र</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web form</source>
        <translation>वेब फ़ॉर्म</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../ui/platform/CommandLine.cpp" line="+26"/>
        <source>Cordial: an agent console for frontline customer service.</source>
        <translation>Cordial: फ़्रंटलाइन ग्राहक सेवा के लिए एजेंट कंसोल।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run “cordial migrate --db …” to create or update the tables of a database; a team database on PostgreSQL needs it once after each update of Cordial.</source>
        <translation>किसी डेटाबेस की तालिकाएँ बनाने या अपडेट करने के लिए “cordial migrate --db …” चलाएँ; PostgreSQL पर टीम डेटाबेस को Cordial के हर अपडेट के बाद एक बार इसकी ज़रूरत होती है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run “cordial import FILE.csv” to import customers from a CSV file; “cordial import --help” lists its options and exit codes.</source>
        <translation>“cordial import FILE.csv” चलाकर CSV फ़ाइल से ग्राहक आयात करें; “cordial import --help” इसके विकल्प और निकास कोड दिखाता है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+34"/>
        <source>Database to open: a file path, sqlite:PATH or postgresql://user@host:port/database. Default: the last one used, else a file in your data folder.</source>
        <extracomment>Command-line help; keep &quot;sqlite:&quot; and &quot;postgresql://&quot; as they are</extracomment>
        <translation>खोलने के लिए डेटाबेस: फ़ाइल पथ, sqlite:पथ या postgresql://user@host:port/database। डिफ़ॉल्ट: पिछली बार उपयोग किया गया डेटाबेस, अन्यथा आपके डेटा फ़ोल्डर में एक फ़ाइल।</translation>
    </message>
    <message>
        <location filename="../ui/platform/AdminCommand.cpp" line="-81"/>
        <location filename="../ui/platform/CommandLine.cpp" line="-31"/>
        <location line="+34"/>
        <source>spec</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <location filename="../ui/platform/CommandLine.cpp" line="-33"/>
        <source>Fill an empty database with demo customers and history.</source>
        <translation>खाली डेटाबेस में डेमो ग्राहक और इतिहास भरें।</translation>
    </message>
    <message>
        <location filename="../ui/platform/AdminCommand.cpp" line="+13"/>
        <location filename="../ui/platform/CommandLine.cpp" line="+1"/>
        <location line="+33"/>
        <source>Interface language (en, hi, te, ur, ca).</source>
        <translation>इंटरफ़ेस की भाषा (en, hi, te, ur, ca)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/platform/CommandLine.cpp" line="-33"/>
        <location line="+33"/>
        <source>code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <location filename="../ui/platform/CommandLine.cpp" line="-32"/>
        <source>Your name as said in the greeting.</source>
        <translation>अभिवादन में बोला जाने वाला आपका नाम।</translation>
    </message>
    <message>
        <location filename="../ui/platform/AdminCommand.cpp" line="-10"/>
        <location filename="../ui/platform/CommandLine.cpp" line="+0"/>
        <source>name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../ui/platform/CommandLine.cpp" line="+1"/>
        <source>Start a call with this phone number (in the running Cordial if there is one).</source>
        <translation>इस फ़ोन नंबर से कॉल शुरू करें (यदि Cordial पहले से चल रहा है, तो उसी में)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number</source>
        <translation>नंबर</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A tel: or cordial:// link, or a phone number, to call.</source>
        <extracomment>Command-line help for the positional argument; keep &quot;tel:&quot; and &quot;cordial://&quot; as they are</extracomment>
        <translation>कॉल करने के लिए tel: या cordial:// लिंक, या फ़ोन नंबर।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[link…]</source>
        <translation>[लिंक…]</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Creates or updates the tables of a Cordial database to this version, then exits. Agents&apos; Cordial never changes the tables of a team database on PostgreSQL: an administrator runs this once after each update.</source>
        <translation>Cordial डेटाबेस की तालिकाएँ इस संस्करण के अनुसार बनाता या अपडेट करता है, फिर बंद हो जाता है। एजेंटों का Cordial PostgreSQL पर टीम डेटाबेस की तालिकाएँ कभी नहीं बदलता: हर अपडेट के बाद कोई व्यवस्थापक इसे एक बार चलाता है।</translation>
    </message>
    <message>
        <location filename="../ui/platform/AdminCommand.cpp" line="+38"/>
        <location filename="../ui/platform/CommandLine.cpp" line="+19"/>
        <source>Unexpected argument: %1</source>
        <translation>अनपेक्षित तर्क: %1</translation>
    </message>
</context>
<context>
    <name>CsvText</name>
    <message>
        <location filename="../app/integration/CsvText.cpp" line="+92"/>
        <source>The encoding %1 is not known. Try windows-1252 or ISO-8859-1.</source>
        <translation>एन्कोडिंग %1 ज्ञात नहीं है। windows-1252 या ISO-8859-1 आज़माएँ।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file cannot be read as %1: it holds bytes that encoding does not define.</source>
        <translation>फ़ाइल को %1 के रूप में नहीं पढ़ा जा सकता: इसमें ऐसे बाइट हैं जिन्हें वह एन्कोडिंग परिभाषित नहीं करती।</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The file starts as UTF-16 text but is not valid UTF-16.</source>
        <translation>फ़ाइल UTF-16 पाठ की तरह शुरू होती है, पर मान्य UTF-16 नहीं है।</translation>
    </message>
</context>
<context>
    <name>CustomerAuditDialog</name>
    <message>
        <location filename="../ui/dialogs/CustomerAuditDialog.cpp" line="+29"/>
        <source>Card created</source>
        <translation>कार्ड बनाया गया</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (merge)</source>
        <extracomment>A field changed by a merge: %1 is the field&apos;s name</extracomment>
        <translation>%1 (विलय)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged with another card</source>
        <translation>दूसरे कार्ड के साथ विलय किया गया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged with %1</source>
        <extracomment>%1 is the other card&apos;s customer name</extracomment>
        <translation>%1 के साथ विलय किया गया</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>History of the card of %1</source>
        <extracomment>Dialog title: %1 is the customer&apos;s name</extracomment>
        <translation>%1 के कार्ड का इतिहास</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>किसने</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>पहले</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>बाद में</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes to this card, newest first</source>
        <translation>इस कार्ड में बदलाव, नवीनतम पहले</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unknown agent</source>
        <translation>अज्ञात एजेंट</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No changes recorded for this card.</source>
        <translation>इस कार्ड के लिए कोई बदलाव दर्ज नहीं है।</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s), newest first.</source>
        <translation>
            <numerusform>%n बदलाव, नवीनतम पहले।</numerusform>
            <numerusform>%n बदलाव, नवीनतम पहले।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <location filename="../ui/panels/CustomerCard.cpp" line="+258"/>
        <location line="+4"/>
        <source>Discard changes</source>
        <translation>बदलाव रद्द करें</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Discard the changes you typed on this card?</source>
        <translation>क्या आप इस कार्ड पर टाइप किए गए बदलाव रद्द करना चाहते हैं?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep editing</source>
        <translation>संपादन जारी रखें</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Phone:</source>
        <extracomment>Customer card caption</extracomment>
        <translation>फ़ोन:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other phones:</source>
        <extracomment>Customer card caption</extracomment>
        <translation>अन्य फ़ोन:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail:</source>
        <extracomment>Customer card caption</extracomment>
        <translation>ईमेल:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address:</source>
        <extracomment>Customer card caption</extracomment>
        <translation>पता:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country:</source>
        <extracomment>Customer card caption</extracomment>
        <translation>देश:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language:</source>
        <extracomment>Customer card caption: the language the customer prefers to be served in</extracomment>
        <translation>भाषा:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags:</source>
        <extracomment>Customer card caption</extracomment>
        <translation>टैग:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-ups:</source>
        <extracomment>Customer card caption: follow-ups not done yet</extracomment>
        <translation>फ़ॉलो-अप:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer name</source>
        <translation>ग्राहक का नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer phone</source>
        <translation>ग्राहक का फ़ोन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer&apos;s other phones</source>
        <translation>ग्राहक के अन्य फ़ोन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer e-mail</source>
        <translation>ग्राहक का ईमेल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer address</source>
        <translation>ग्राहक का पता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer&apos;s country</source>
        <translation>ग्राहक का देश</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer&apos;s preferred language</source>
        <translation>ग्राहक की पसंदीदा भाषा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer tags</source>
        <translation>ग्राहक के टैग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open follow-ups</source>
        <translation>खुले फ़ॉलो-अप</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <extracomment>Button on the customer card: edit it in place (F2)</extracomment>
        <translation>संपादित करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this card (%1)</source>
        <translation>इस कार्ड को संपादित करें (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this card</source>
        <translation>इस कार्ड को संपादित करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit card</source>
        <translation>कार्ड संपादित करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New card</source>
        <translation>नया कार्ड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new customer card</source>
        <translation>नया ग्राहक कार्ड बनाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge…</source>
        <translation>विलय…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge another card into this one</source>
        <translation>किसी दूसरे कार्ड का इसमें विलय करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card history</source>
        <translation>कार्ड का इतिहास</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History of this card</source>
        <translation>इस कार्ड का इतिहास</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Customer card</source>
        <translation>ग्राहक कार्ड</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No customer selected</source>
        <translation>कोई ग्राहक नहीं चुना गया</translation>
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
        <translation>टीम की डिफ़ॉल्ट भाषा</translation>
    </message>
</context>
<context>
    <name>CustomerCardEditor</name>
    <message>
        <location filename="../ui/panels/CustomerCardEditor.cpp" line="+208"/>
        <source>, </source>
        <extracomment>Separator between tags as the agent types them</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Why the card was not saved</source>
        <translation>कार्ड सहेजा क्यों नहीं गया</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Team default</source>
        <extracomment>The customer has no preferred language: the team&apos;s language is used</extracomment>
        <translation>टीम की डिफ़ॉल्ट</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New customer card</source>
        <translation>नया ग्राहक कार्ड</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit customer card</source>
        <translation>ग्राहक कार्ड संपादित करें</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>One number per line</source>
        <translation>हर पंक्ति में एक नंबर</translation>
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
        <translation>दो अक्षरों वाला देश कोड</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Separate tags with commas</source>
        <translation>टैग अल्पविराम से अलग करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving…</source>
        <extracomment>Button: store the edited customer card; shows &quot;Saving…&quot; while it is stored</extracomment>
        <translation>सहेजा जा रहा है…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the card</source>
        <translation>कार्ड सहेजें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the changes</source>
        <translation>बदलाव रद्द करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer card editor</source>
        <translation>ग्राहक कार्ड संपादक</translation>
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
        <translation>पढ़ा नहीं जा सका</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None open</source>
        <extracomment>Open follow-ups of the customer: there are none</extracomment>
        <translation>कोई खुला नहीं</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n open, next due %1</source>
        <extracomment>%n open follow-ups; %1 when the next one is due</extracomment>
        <translation>
            <numerusform>%n खुला, अगला %1 को</numerusform>
            <numerusform>%n खुले, अगला %1 को</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n open, next due %1: %2</source>
        <extracomment>%n open follow-ups; %1 when the next one is due, %2 why</extracomment>
        <translation>
            <numerusform>%n खुला, अगला %1 को: %2</numerusform>
            <numerusform>%n खुले, अगला %1 को: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerExport</name>
    <message>
        <location filename="../app/services/CustomerExport.cpp" line="+21"/>
        <source>The export file could not be written.</source>
        <translation>निर्यात फ़ाइल नहीं लिखी जा सकी।</translation>
    </message>
</context>
<context>
    <name>CustomerFieldNames</name>
    <message>
        <location filename="../ui/panels/CustomerFieldNames.cpp" line="+8"/>
        <source>Salutation</source>
        <extracomment>Customer card field: how the customer is addressed (Ms., Dr., श्रीमती)</extracomment>
        <translation>संबोधन</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given name</source>
        <translation>पहला नाम</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family name</source>
        <translation>उपनाम</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <extracomment>Customer card field: the main phone number</extracomment>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other phones</source>
        <translation>अन्य फ़ोन</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <extracomment>Customer card field: the language the customer prefers to be served in</extracomment>
        <translation>भाषा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags</source>
        <extracomment>Customer card field: free labels such as VIP</extracomment>
        <translation>टैग</translation>
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
        <translation>फ़ाइल %1 पढ़ी नहीं जा सकती।</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The file is empty: it has no header line.</source>
        <translation>फ़ाइल खाली है: इसमें शीर्ष पंक्ति नहीं है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The header line names no column of a name or a phone number, so no row can become a customer. Columns found: %1.</source>
        <translation>शीर्ष पंक्ति में नाम या फ़ोन नंबर का कोई कॉलम नहीं है, इसलिए कोई पंक्ति ग्राहक नहीं बन सकती। मिले कॉलम: %1।</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The same customer (same name and phone number) is already stored or earlier in the file.</source>
        <translation>यही ग्राहक (वही नाम और फ़ोन नंबर) पहले से सहेजा है या फ़ाइल में पहले आ चुका है।</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="+38"/>
        <source>%1, phone %2</source>
        <translation>%1, फ़ोन %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name</source>
        <extracomment>Column of the customer search results</extracomment>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <extracomment>Column of the customer search results</extracomment>
        <translation>फ़ोन</translation>
    </message>
</context>
<context>
    <name>CustomerSearchPane</name>
    <message>
        <location filename="../ui/panels/CustomerSearchPane.cpp" line="+351"/>
        <source>No customer matches this search.</source>
        <translation>इस खोज से कोई ग्राहक नहीं मिला।</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n or more customers match; choose one.</source>
        <comment>the card when a search finds many</comment>
        <translation>
            <numerusform>%n या अधिक ग्राहक मिले; कृपया एक चुनें।</numerusform>
            <numerusform>%n या अधिक ग्राहक मिले; कृपया एक चुनें।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n customer(s) match; choose one.</source>
        <comment>the card when a search finds several</comment>
        <translation>
            <numerusform>%n ग्राहक मिला; कृपया चुनें।</numerusform>
            <numerusform>%n ग्राहक मिले; कृपया एक चुनें।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Search by name, phone or e-mail</source>
        <translation>नाम, फ़ोन या ईमेल से खोजें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search customers</source>
        <translation>ग्राहक खोजें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name, phone or e-mail (Ctrl+F)</source>
        <translation>नाम, फ़ोन या ईमेल से खोजें (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers found</source>
        <translation>मिले हुए ग्राहक</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+39"/>
        <source>Searching…</source>
        <translation>खोज जारी है…</translation>
    </message>
</context>
<context>
    <name>CustomerValidation</name>
    <message>
        <location filename="../app/domain/CustomerValidation.cpp" line="+27"/>
        <source>Enter the customer&apos;s given name or family name.</source>
        <translation>ग्राहक का पहला नाम या उपनाम दर्ज करें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This field takes at most %1 characters.</source>
        <extracomment>%1 is the most characters the field takes</extracomment>
        <translation>इस फ़ील्ड में अधिकतम %1 वर्ण हो सकते हैं।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“%1” is not an e-mail address: it needs a name, an “@” and a domain, such as name@example.com.</source>
        <translation>“%1” ईमेल पता नहीं है: इसमें एक नाम, “@” और एक डोमेन होना चाहिए, जैसे name@example.com।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the country as its two-letter code, such as IN, PK or ES, or leave it empty.</source>
        <translation>देश को उसके दो अक्षरों वाले कोड से दर्ज करें, जैसे IN, PK या ES, या इसे खाली छोड़ दें।</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/storage/Database.cpp" line="+47"/>
        <source>The Qt database driver %1 is not installed.</source>
        <translation>Qt डेटाबेस ड्राइवर %1 इंस्टॉल नहीं है।</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>No file name was given for the database.</source>
        <translation>डेटाबेस के लिए कोई फ़ाइल नाम नहीं दिया गया।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder %1 for the database cannot be created. Check that you may write there.</source>
        <translation>डेटाबेस के लिए फ़ोल्डर %1 नहीं बनाया जा सकता। जाँचें कि आपको वहाँ लिखने की अनुमति है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 एक फ़ोल्डर है, डेटाबेस फ़ाइल नहीं।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database file cannot be created because the folder %1 is not writable.</source>
        <translation>डेटाबेस फ़ाइल नहीं बनाई जा सकती, क्योंकि फ़ोल्डर %1 में लिखा नहीं जा सकता।</translation>
    </message>
    <message>
        <location filename="../app/storage/CallWrite.cpp" line="+195"/>
        <source>The call record no longer exists.</source>
        <translation>कॉल का रिकॉर्ड अब मौजूद नहीं है।</translation>
    </message>
</context>
<context>
    <name>DatabaseConfig</name>
    <message>
        <location filename="../app/storage/DatabaseConfig.cpp" line="+32"/>
        <source>The server address &quot;%1&quot; is not valid. Use postgresql://user@host:port/database.</source>
        <translation>सर्वर पता “%1” मान्य नहीं है। postgresql://user@host:port/database का उपयोग करें।</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The connection timeout must be a whole number of seconds.</source>
        <translation>कनेक्शन टाइमआउट पूरे सेकंडों में होना चाहिए।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The TLS mode %1 is not known. Use disable, allow, prefer, require, verify-ca or verify-full.</source>
        <extracomment>keep the sslmode values as they are</extracomment>
        <translation>TLS मोड %1 ज्ञात नहीं है। disable, allow, prefer, require, verify-ca या verify-full में से एक का उपयोग करें।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No database location was given.</source>
        <translation>डेटाबेस का कोई स्थान नहीं दिया गया।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The SQLite location &quot;%1&quot; names no file.</source>
        <translation>SQLite स्थान “%1” में किसी फ़ाइल का नाम नहीं है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database location &quot;%1&quot; is not supported. Use a file path or a postgresql:// address.</source>
        <translation>डेटाबेस स्थान “%1” समर्थित नहीं है। फ़ाइल पथ या postgresql:// पते का उपयोग करें।</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <location filename="../ui/platform/DatabaseOpener.cpp" line="+93"/>
        <source>The password was not saved in the keychain: %1</source>
        <translation>पासवर्ड कीचेन में सहेजा नहीं गया: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpCalendar</name>
    <message>
        <location filename="../app/integration/FollowUpCalendar.cpp" line="+51"/>
        <source>Customer: %1</source>
        <translation>ग्राहक: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone: %1</source>
        <translation>फ़ोन: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Owner: %1</source>
        <translation>प्रभारी: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner: %1, %2</source>
        <translation>प्रभारी: %1, %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save the follow-up before adding it to a calendar.</source>
        <translation>फ़ॉलो-अप को कैलेंडर में जोड़ने से पहले सहेजें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The follow-up has no due time.</source>
        <translation>फ़ॉलो-अप का कोई नियत समय नहीं है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The calendar export has no valid time stamp.</source>
        <translation>कैलेंडर एक्सपोर्ट में कोई मान्य टाइमस्टैम्प नहीं है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow-up: %1</source>
        <translation>फ़ॉलो-अप: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The follow-up could not be turned into a calendar entry.</source>
        <translation>फ़ॉलो-अप को कैलेंडर प्रविष्टि में नहीं बदला जा सका।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot save the calendar file “%1”. Choose a folder you can write to.</source>
        <translation>कैलेंडर फ़ाइल “%1” सहेजी नहीं जा सकती। ऐसा फ़ोल्डर चुनें जिसमें लिखने की अनुमति आपको हो।</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../ui/dialogs/FollowUpDialog.cpp" line="+190"/>
        <source>There is no agent to own the follow-up.</source>
        <translation>फ़ॉलो-अप का प्रभारी बनाने के लिए कोई एजेंट नहीं है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date and time of the follow-up.</source>
        <translation>फ़ॉलो-अप की तारीख और समय दर्ज करें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time %1 is in the past. Choose a later date and time.</source>
        <translation>समय %1 बीत चुका है। बाद की कोई तारीख और समय चुनें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time %1 is more than a year ahead. Choose an earlier date.</source>
        <translation>समय %1 एक वर्ष से भी अधिक आगे है। पहले की कोई तारीख चुनें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter why the customer will be contacted.</source>
        <translation>दर्ज करें कि ग्राहक से किस कारण संपर्क किया जाएगा।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due on %1.</source>
        <translation>नियत समय: %1।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Required</source>
        <translation>आवश्यक</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This call script has no follow-up sentence.</source>
        <translation>इस कॉल स्क्रिप्ट में कोई फ़ॉलो-अप वाक्य नहीं है।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Schedule a follow-up</source>
        <translation>फ़ॉलो-अप शेड्यूल करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Who will contact the customer:</source>
        <translation>ग्राहक से कौन संपर्क करेगा(&amp;W):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up owner</source>
        <translation>फ़ॉलो-अप प्रभारी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;hen (your local time):</source>
        <translation>कब (आपका स्थानीय समय)(&amp;H):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up date and time</source>
        <translation>फ़ॉलो-अप की तारीख और समय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wh&amp;y:</source>
        <translation>कारण(&amp;Y):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the follow-up</source>
        <translation>फ़ॉलो-अप का कारण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: to confirm the refund has arrived</source>
        <translation>उदाहरण के लिए: यह पुष्टि करने के लिए कि रिफ़ंड पहुँच गया है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read back to the customer:</source>
        <translation>ग्राहक को पढ़कर सुनाएँ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up sentence</source>
        <translation>फ़ॉलो-अप वाक्य</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Schedule</source>
        <translation>शेड्यूल करें(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule follow-up</source>
        <translation>फ़ॉलो-अप शेड्यूल करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>FollowUpsPane</name>
    <message>
        <location filename="../ui/panels/FollowUpsPane.cpp" line="+92"/>
        <source>Export the follow-up to a calendar</source>
        <translation>फ़ॉलो-अप को कैलेंडर में एक्सपोर्ट करें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calendar files (*.ics)</source>
        <translation>कैलेंडर फ़ाइलें (*.ics)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Loading the follow-ups…</source>
        <translation>फ़ॉलो-अप लोड हो रहे हैं…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Overdue: %1</source>
        <translation>विलंबित: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This follow-up was due on %1 and is overdue.</source>
        <translation>यह फ़ॉलो-अप %1 को नियत था और अब विलंबित है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+56"/>
        <source>Unknown customer</source>
        <translation>अज्ञात ग्राहक</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>No follow-ups are due.</source>
        <translation>कोई फ़ॉलो-अप बाकी नहीं है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open follow-ups: %1. Overdue: %2.</source>
        <translation>खुले फ़ॉलो-अप: %1। विलंबित: %2।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the first %1 are listed.</source>
        <translation>केवल पहले %1 दिखाए गए हैं।</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Marked the follow-up with %1 as done.</source>
        <translation>%1 के फ़ॉलो-अप को पूरा हुआ चिह्नित किया गया।</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Saved the calendar entry to %1.</source>
        <translation>कैलेंडर प्रविष्टि %1 में सहेजी गई।</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Follow-ups due</source>
        <translation>बाकी फ़ॉलो-अप</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>नियत समय</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups due, overdue first</source>
        <translation>बाकी फ़ॉलो-अप, विलंबित पहले</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark done</source>
        <translation>पूरा हुआ चिह्नित करें(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected follow-up done</source>
        <translation>चुने गए फ़ॉलो-अप को पूरा हुआ चिह्नित करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport to calendar (.ics)…</source>
        <translation>कैलेंडर में एक्सपोर्ट करें (.ics)(&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the selected follow-up to a calendar file</source>
        <translation>चुने गए फ़ॉलो-अप को कैलेंडर फ़ाइल में एक्सपोर्ट करें</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../ui/models/HistoryModel.cpp" line="+274"/>
        <source>Inbound</source>
        <comment>from the customer to us</comment>
        <translation>इनबाउंड</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outbound</source>
        <comment>from us to the customer</comment>
        <translation>आउटबाउंड</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>When</source>
        <extracomment>History column: date and time of the contact</extracomment>
        <translation>समय</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channel</source>
        <extracomment>History column: phone, e-mail, letter...</extracomment>
        <translation>चैनल</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Direction</source>
        <extracomment>History column: inbound or outbound</extracomment>
        <translation>दिशा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent</source>
        <extracomment>History column: who handled the contact</extracomment>
        <translation>एजेंट</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subject</source>
        <extracomment>History column</extracomment>
        <translation>विषय</translation>
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
        <translation>इतिहास लोड हो रहा है…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contact in this history matches the filters.</source>
        <translation>इस इतिहास में कोई भी संपर्क इन फ़िल्टरों से मेल नहीं खाता।</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reading the call&apos;s timeline…</source>
        <translation>कॉल की समयरेखा पढ़ी जा रही है…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline of the call:</source>
        <translation>कॉल की समयरेखा:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Channel:</source>
        <comment>history filter</comment>
        <translation>चैनल:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the contacts of one channel</source>
        <translation>केवल एक चैनल के संपर्क दिखाएँ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All channels</source>
        <translation>सभी चैनल</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by words…</source>
        <translation>शब्दों से फ़िल्टर करें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the history by words in the subject, summary or notes</source>
        <translation>विषय, सारांश या नोट्स के शब्दों से इतिहास फ़िल्टर करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer history</source>
        <translation>ग्राहक का इतिहास</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Details</source>
        <translation>विवरण(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of the selected contact</source>
        <translation>चुने गए संपर्क का विवरण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a contact to read its summary.</source>
        <translation>सारांश पढ़ने के लिए कोई संपर्क चुनें।</translation>
    </message>
</context>
<context>
    <name>HoldAlerts</name>
    <message>
        <location filename="../ui/platform/HoldAlerts.cpp" line="+61"/>
        <source>⚠ On hold %1 — %2</source>
        <comment>window title past a minute on hold: time on hold, usual title</comment>
        <translation>⚠ होल्ड पर %1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On hold %1 — %2</source>
        <comment>window title: time on hold, usual title</comment>
        <translation>होल्ड पर %1 — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ On hold %1 — %2 — %3</source>
        <comment>window title past a minute on hold: time on hold, customer, usual title</comment>
        <translation>⚠ होल्ड पर %1 — %2 — %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On hold %1 — %2 — %3</source>
        <comment>window title: time on hold, customer, usual title</comment>
        <translation>होल्ड पर %1 — %2 — %3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The customer has been on hold for %1. Return to them and apologise.</source>
        <translation>ग्राहक होल्ड पर हैं, प्रतीक्षा का समय: %1। ग्राहक के पास लौटें और क्षमा माँगें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has been on hold for %2. Return to the customer and apologise.</source>
        <translation>%1 होल्ड पर हैं, प्रतीक्षा का समय: %2। ग्राहक के पास लौटें और क्षमा माँगें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer on hold</source>
        <translation>ग्राहक होल्ड पर</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Sound when a customer waits on hold</source>
        <translation>ग्राहक के होल्ड पर होने पर ध्वनि संकेत(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play a sound when a customer has waited on hold for a minute, and at each reminder after</source>
        <translation>जब ग्राहक एक मिनट तक होल्ड पर प्रतीक्षा कर चुके हों तब ध्वनि बजाएँ, और उसके बाद हर अनुस्मारक पर भी</translation>
    </message>
</context>
<context>
    <name>HoldTimerWidget</name>
    <message>
        <location filename="../ui/panels/HoldTimerWidget.cpp" line="+220"/>
        <source>Hold timer</source>
        <translation>होल्ड टाइमर</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the caller on hold</source>
        <translation>कॉलर को होल्ड पर रखें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the caller on hold (Ctrl+H)</source>
        <translation>कॉलर को होल्ड पर रखें (Ctrl+H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put on &amp;hold</source>
        <translation>होल्ड पर रखें(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume</source>
        <comment>verb: take the caller off hold</comment>
        <translation>जारी रखें(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume the call</source>
        <translation>कॉल जारी रखें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the caller off hold (Ctrl+R)</source>
        <translation>कॉलर को होल्ड से हटाएँ (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume the call</source>
        <translation>कॉल जारी रखें(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hold for over a minute — return to the customer and apologise</source>
        <translation>एक मिनट से ज़्यादा समय से होल्ड पर — ग्राहक के पास लौटें और क्षमा माँगें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold warning</source>
        <translation>होल्ड चेतावनी</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When you return, thank the customer and apologise for the wait.</source>
        <translation>लौटने पर ग्राहक को धन्यवाद दें और प्रतीक्षा के लिए क्षमा माँगें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When you return, say:</source>
        <translation>लौटने पर कहें:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apologise for the hold:</source>
        <translation>होल्ड के लिए क्षमा माँगें:</translation>
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
        <translation>होल्ड के लिए क्षमा माँगें।</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>H&amp;old</source>
        <comment>verb: put the caller on hold</comment>
        <translation>होल्ड करें(&amp;O)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Apology to say</source>
        <translation>कहने के लिए क्षमा-वाक्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I &amp;apologised for the wait</source>
        <translation>मैंने प्रतीक्षा के लिए क्षमा माँग ली(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I apologised for the wait</source>
        <translation>मैंने प्रतीक्षा के लिए क्षमा माँग ली</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick when you have thanked the customer for holding and apologised; it is recorded with the hold.</source>
        <translation>जब आप ग्राहक को होल्ड पर रहने के लिए धन्यवाद दे दें और क्षमा माँग लें, तब इस पर सही का निशान लगाएँ; यह होल्ड के साथ दर्ज होता है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time on hold</source>
        <translation>होल्ड पर बीता समय</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On hold for over a minute: return to the customer and apologise</source>
        <translation>एक मिनट से ज़्यादा समय से होल्ड पर: ग्राहक के पास लौटें और क्षमा माँगें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The caller is on hold</source>
        <translation>कॉलर होल्ड पर है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The caller is not on hold</source>
        <translation>कॉलर होल्ड पर नहीं है</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <location filename="../app/integration/ImportColumns.cpp" line="+108"/>
        <source>Salutation</source>
        <translation>संबोधन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>पहला नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>उपनाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other phones</source>
        <translation>अन्य फ़ोन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred language</source>
        <translation>पसंदीदा भाषा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <extracomment>Column of a customer file: free labels such as &quot;VIP&quot;</extracomment>
        <translation>टैग</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not imported</source>
        <extracomment>Column of an imported file that fills no customer field</extracomment>
        <translation>आयात नहीं होगा</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../ui/platform/ImportCommand.cpp" line="+61"/>
        <source>Imports customers from a CSV file (UTF-8 or UTF-16, comma or semicolon, a header line naming the columns). The file is only read. Rows that cannot be imported are listed with their line number.</source>
        <translation>CSV फ़ाइल से ग्राहक आयात करता है (UTF-8 या UTF-16, अल्पविराम या अर्धविराम, कॉलमों के नाम वाली शीर्ष पंक्ति)। फ़ाइल केवल पढ़ी जाती है। जो पंक्तियाँ आयात नहीं हो सकतीं, वे अपनी पंक्ति संख्या के साथ सूचीबद्ध होती हैं।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit codes: 0 every row imported (duplicates skipped); 1 wrong command line; 2 the database could not be opened or written (nothing imported); 6 the file cannot be read (missing, unknown encoding, no name or phone column); 7 some rows were refused (the others imported, or none with --all-or-nothing).</source>
        <translation>निकास कोड: 0 हर पंक्ति आयात हुई (दोहराव छोड़े गए); 1 गलत कमांड लाइन; 2 डेटाबेस खोला या लिखा नहीं जा सका (कुछ आयात नहीं हुआ); 6 फ़ाइल पढ़ी नहीं जा सकती (नहीं मिली, अज्ञात एन्कोडिंग, नाम या फ़ोन का कॉलम नहीं); 7 कुछ पंक्तियाँ अस्वीकार हुईं (बाकी आयात हुईं, या --all-or-nothing के साथ कोई नहीं)।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Database to open: a file path, sqlite:PATH or postgresql://user@host:port/database. Default: the last one used, else a file in your data folder.</source>
        <extracomment>Command-line help; keep &quot;sqlite:&quot; and &quot;postgresql://&quot; as they are</extracomment>
        <translation>खोलने के लिए डेटाबेस: फ़ाइल पथ, sqlite:PATH या postgresql://user@host:port/database। डिफ़ॉल्ट: पिछली बार इस्तेमाल किया गया, अन्यथा आपके डेटा फ़ोल्डर की एक फ़ाइल।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spec</source>
        <translation>spec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every row, the database&apos;s customers included, but store nothing.</source>
        <translation>हर पंक्ति जाँचें, डेटाबेस के ग्राहकों समेत, पर कुछ भी न सहेजें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON object per row (the values as they would be stored, or why the row is refused), then a summary object.</source>
        <translation>हर पंक्ति के लिए एक JSON ऑब्जेक्ट छापें (सहेजे जाने वाले मान, या पंक्ति अस्वीकार होने का कारण), फिर एक सारांश ऑब्जेक्ट।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encoding of a file that is not UTF-8, such as windows-1252. Without it such a file is refused.</source>
        <extracomment>Command-line help; keep &quot;windows-1252&quot; as it is</extracomment>
        <translation>UTF-8 न होने वाली फ़ाइल की एन्कोडिंग, जैसे windows-1252। इसके बिना ऐसी फ़ाइल अस्वीकार की जाती है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import nothing when any row is refused.</source>
        <translation>कोई भी पंक्ति अस्वीकार हो तो कुछ भी आयात न करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface language (en, hi, te, ur, ca).</source>
        <translation>इंटरफ़ेस की भाषा (en, hi, te, ur, ca)।</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CSV file to import.</source>
        <translation>आयात करने के लिए CSV फ़ाइल।</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE.csv</source>
        <translation>FILE.csv</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name one CSV file to import.</source>
        <translation>आयात करने के लिए एक CSV फ़ाइल बताएँ।</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Line %1 is not UTF-8 text, so nothing was imported. Name the file&apos;s encoding with --encoding, for example --encoding windows-1252.</source>
        <translation>पंक्ति %1 UTF-8 पाठ नहीं है, इसलिए कुछ आयात नहीं हुआ। फ़ाइल की एन्कोडिंग --encoding से बताएँ, उदाहरण के लिए --encoding windows-1252।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1 is not UTF-8 text, so nothing was imported. The file looks like %2: if that is right, run the import again with --encoding %2.</source>
        <translation>पंक्ति %1 UTF-8 पाठ नहीं है, इसलिए कुछ आयात नहीं हुआ। फ़ाइल %2 जैसी लगती है: यदि यह सही है, तो --encoding %2 के साथ फिर से आयात चलाएँ।</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reading the file: %1%</source>
        <translation>फ़ाइल पढ़ी जा रही है: %1%</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported: %1</source>
        <translation>कुछ आयात नहीं हुआ: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <source>Line %1: %2</source>
        <translation>पंक्ति %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns not imported: %1</source>
        <translation>आयात न होने वाले कॉलम: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n customer(s) imported.</source>
        <translation>
            <numerusform>%n ग्राहक आयात हुआ।</numerusform>
            <numerusform>%n ग्राहक आयात हुए।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Dry run: %n customer(s) would be imported; nothing was stored.</source>
        <translation>
            <numerusform>परीक्षण: %n ग्राहक आयात होता; कुछ सहेजा नहीं गया।</numerusform>
            <numerusform>परीक्षण: %n ग्राहक आयात होते; कुछ सहेजा नहीं गया।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Nothing was imported: %n row(s) were refused and --all-or-nothing was given.</source>
        <translation>
            <numerusform>कुछ आयात नहीं हुआ: %n पंक्ति अस्वीकार हुई और --all-or-nothing दिया गया था।</numerusform>
            <numerusform>कुछ आयात नहीं हुआ: %n पंक्तियाँ अस्वीकार हुईं और --all-or-nothing दिया गया था।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>%n दोहराव छोड़ा गया।</numerusform>
            <numerusform>%n दोहराव छोड़े गए।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) refused.</source>
        <translation>
            <numerusform>%n पंक्ति अस्वीकार हुई।</numerusform>
            <numerusform>%n पंक्तियाँ अस्वीकार हुईं।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="+56"/>
        <location line="+113"/>
        <source>Import customers</source>
        <translation>ग्राहक आयात करें</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>File to import</source>
        <translation>आयात करने वाली फ़ाइल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>फ़ाइल चुनें…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Encoding of the file</source>
        <translation>फ़ाइल की एन्कोडिंग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read with this encoding</source>
        <translation>इस एन्कोडिंग से पढ़ें</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>First rows, as they will be stored</source>
        <translation>पहली पंक्तियाँ, जैसे वे सहेजी जाएँगी</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rows that cannot be imported</source>
        <translation>जो पंक्तियाँ आयात नहीं हो सकतीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>पंक्ति</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import the good rows</source>
        <translation>सही पंक्तियाँ आयात करें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import nothing if any row is refused</source>
        <translation>कोई पंक्ति अस्वीकार हो तो कुछ आयात न करें</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Progress</source>
        <translation>प्रगति</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import</source>
        <translation>आयात करें</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV फ़ाइलें (*.csv *.txt);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the file…</source>
        <translation>फ़ाइल पढ़ी जा रही है…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Line %1 is not UTF-8 text. Choose the encoding the file was saved in.</source>
        <translation>पंक्ति %1 UTF-8 पाठ नहीं है। वह एन्कोडिंग चुनें जिसमें फ़ाइल सहेजी गई थी।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1 is not UTF-8 text. It looks like %2: check the names in the preview after reading it.</source>
        <translation>पंक्ति %1 UTF-8 पाठ नहीं है। यह %2 जैसी लगती है: पढ़ने के बाद पूर्वावलोकन में नाम जाँच लें।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>semicolon</source>
        <translation>अर्धविराम</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>comma</source>
        <translation>अल्पविराम</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encoding: %1. Delimiter: %2.</source>
        <extracomment>%1 is an encoding such as UTF-8, %2 the delimiter (comma or semicolon)</extracomment>
        <translation>एन्कोडिंग: %1। विभाजक: %2।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every column is imported.</source>
        <translation>हर कॉलम आयात होगा।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns not imported: %1</source>
        <translation>आयात न होने वाले कॉलम: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1
→ %2</source>
        <extracomment>Preview column header: the file&apos;s column name, then the customer field it fills</extracomment>
        <translation>%1
→ %2</translation>
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
            <numerusform>%n ग्राहक आयात के लिए तैयार है।</numerusform>
            <numerusform>%n ग्राहक आयात के लिए तैयार हैं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n duplicate(s) will be skipped.</source>
        <translation>
            <numerusform>%n दोहराव छोड़ा जाएगा।</numerusform>
            <numerusform>%n दोहराव छोड़े जाएँगे।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) cannot be imported.</source>
        <translation>
            <numerusform>%n पंक्ति आयात नहीं हो सकती।</numerusform>
            <numerusform>%n पंक्तियाँ आयात नहीं हो सकतीं।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nothing was imported: %1</source>
        <translation>कुछ आयात नहीं हुआ: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The import was cancelled; the customers are as they were before.</source>
        <translation>आयात रद्द किया गया; ग्राहक पहले जैसे ही हैं।</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Nothing was imported: %n row(s) cannot be imported, and you chose to import nothing then.</source>
        <translation>
            <numerusform>कुछ आयात नहीं हुआ: %n पंक्ति आयात नहीं हो सकती, और आपने तब कुछ भी आयात न करना चुना था।</numerusform>
            <numerusform>कुछ आयात नहीं हुआ: %n पंक्तियाँ आयात नहीं हो सकतीं, और आपने तब कुछ भी आयात न करना चुना था।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n customer(s) imported.</source>
        <translation>
            <numerusform>%n ग्राहक आयात हुआ।</numerusform>
            <numerusform>%n ग्राहक आयात हुए।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>%n दोहराव छोड़ा गया।</numerusform>
            <numerusform>%n दोहराव छोड़े गए।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n row(s) not imported.</source>
        <translation>
            <numerusform>%n पंक्ति आयात नहीं हुई।</numerusform>
            <numerusform>%n पंक्तियाँ आयात नहीं हुईं।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
</context>
<context>
    <name>ImportExportFlow</name>
    <message>
        <location filename="../ui/windows/ImportExportFlow.cpp" line="+40"/>
        <location line="+9"/>
        <source>Export history</source>
        <translation>इतिहास निर्यात करें</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+9"/>
        <source>Export customers</source>
        <translation>ग्राहक निर्यात करें</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed</source>
        <translation>निर्यात विफल हुआ</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n history entry(s) saved to %1.</source>
        <translation>
            <numerusform>इतिहास की %n प्रविष्टि %1 में सहेजी गई।</numerusform>
            <numerusform>इतिहास की %n प्रविष्टियाँ %1 में सहेजी गईं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n customer(s) saved to %1.</source>
        <translation>
            <numerusform>%n ग्राहक %1 में सहेजा गया।</numerusform>
            <numerusform>%n ग्राहक %1 में सहेजे गए।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportExportService</name>
    <message>
        <location filename="../app/services/ImportExportService.cpp" line="+97"/>
        <location line="+10"/>
        <source>The file %1 cannot be written.</source>
        <translation>फ़ाइल %1 लिखी नहीं जा सकती।</translation>
    </message>
</context>
<context>
    <name>ImportRow</name>
    <message>
        <location filename="../app/integration/ImportRow.cpp" line="+86"/>
        <source>A quoted field that starts on line %1 is never closed; the lines after it are read as new rows.</source>
        <translation>पंक्ति %1 पर शुरू होने वाला उद्धरण-चिह्नित फ़ील्ड कभी बंद नहीं होता; उसके बाद की पंक्तियाँ नई पंक्तियों के रूप में पढ़ी जाती हैं।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A quote mark stands inside a field: put the whole field in quotes and double each quote mark inside it.</source>
        <translation>एक फ़ील्ड के भीतर उद्धरण चिह्न है: पूरे फ़ील्ड को उद्धरण चिह्नों में रखें और उसके भीतर हर उद्धरण चिह्न को दोहरा करें।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The row has %1 fields where the header has %2.</source>
        <translation>पंक्ति में %1 फ़ील्ड हैं जबकि शीर्ष पंक्ति में %2 हैं।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The column %1 holds a NUL byte.</source>
        <translation>कॉलम %1 में NUL बाइट है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The value in the column %1 is longer than %2 characters.</source>
        <translation>कॉलम %1 का मान %2 अक्षरों से लंबा है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The column %1 holds a character that reverses the direction of text (U+202A–U+202E, U+2066–U+2069); such characters can disguise a value, so the row is not imported.</source>
        <translation>कॉलम %1 में ऐसा वर्ण है जो पाठ की दिशा उलट देता है (U+202A–U+202E, U+2066–U+2069); ऐसे वर्ण किसी मान को छिपा सकते हैं, इसलिए यह पंक्ति आयात नहीं की जाती।</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The column %1 must hold a two-letter country code such as IN, PK or ES.</source>
        <translation>कॉलम %1 में दो अक्षरों का देश कोड होना चाहिए, जैसे IN, PK या ES।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The column %1 must hold a language code such as hi, ur or ca.</source>
        <translation>कॉलम %1 में भाषा कोड होना चाहिए, जैसे hi, ur या ca।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The column %1: %2</source>
        <extracomment>%1 is the column&apos;s name, %2 the reason the number is refused (a sentence)</extracomment>
        <translation>कॉलम %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The row has neither a name nor a phone number.</source>
        <translation>पंक्ति में न नाम है न फ़ोन नंबर।</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../app/secrets/KeychainSecretStore.cpp" line="+79"/>
        <source>The system keychain is not available: check that it is running and unlocked, then try again.</source>
        <translation>सिस्टम कीचेन उपलब्ध नहीं है: जाँचें कि वह चल रहा है और अनलॉक है, फिर दोबारा प्रयास करें।</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../ui/windows/MainMenus.cpp" line="+67"/>
        <source>&amp;File</source>
        <translation>फ़ाइल(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find customer…</source>
        <translation>ग्राहक खोजें(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import customers…</source>
        <translation>ग्राहक आयात करें(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export customers…</source>
        <translation>ग्राहक निर्यात करें(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;history…</source>
        <translation>इतिहास निर्यात करें(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Call</source>
        <translation>कॉल(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>दृश्य(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>भाषा(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>सहायता(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Cordial</source>
        <translation>Cordial के बारे में(&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About Cordial</source>
        <translation>Cordial के बारे में</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Cordial&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;An agent console for frontline customer service: who the customer is, what to say next, and never a long hold.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Cordial&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;फ़्रंटलाइन ग्राहक सेवा के लिए एजेंट कंसोल: ग्राहक कौन है, आगे क्या कहना है, और कभी लंबा होल्ड नहीं।&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="+371"/>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language “%1” is not available. Cordial continues in English.</source>
        <translation>भाषा “%1” उपलब्ध नहीं है। Cordial अंग्रेज़ी में जारी रहेगा।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Call console</source>
        <translation>कॉल कंसोल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>H&amp;istory</source>
        <translation>इतिहास(&amp;I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call not&amp;es:</source>
        <translation>कॉल नोट्स(&amp;E):</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 or more customers</source>
        <translation>%1 या अधिक ग्राहक</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Changes not saved yet</source>
        <translation>बदलाव अभी सहेजे नहीं गए</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) of the call could not be saved to the database yet. They are kept on this computer and saved the next time Cordial starts.</source>
        <translation>
            <numerusform>कॉल का %n बदलाव अभी डेटाबेस में सहेजा नहीं जा सका। वह इस कंप्यूटर पर रखा गया है और अगली बार Cordial शुरू होने पर सहेजा जाएगा।</numerusform>
            <numerusform>कॉल के %n बदलाव अभी डेटाबेस में सहेजे नहीं जा सके। वे इस कंप्यूटर पर रखे गए हैं और अगली बार Cordial शुरू होने पर सहेजे जाएँगे।</numerusform>
        </translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Follow-&amp;ups due</source>
        <translation>बाकी फ़ॉलो-अप(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>History and follow-ups</source>
        <translation>इतिहास और फ़ॉलो-अप</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Database: %1</source>
        <translation>डेटाबेस: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n ग्राहक</numerusform>
            <numerusform>%n ग्राहक</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Customer count unavailable</source>
        <translation>ग्राहकों की संख्या उपलब्ध नहीं है</translation>
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
        <translation>%1 में एक कार्ड का विलय करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the other card of this customer by name, phone or e-mail. Its calls, notes, follow-ups and history move to this card, and it leaves the search.</source>
        <translation>इस ग्राहक का दूसरा कार्ड नाम, फ़ोन या ईमेल से खोजें। उसकी कॉल, नोट्स, फ़ॉलो-अप और इतिहास इस कार्ड पर आ जाएँगे, और वह खोज में नहीं दिखेगा।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find the other card:</source>
        <translation>दूसरा कार्ड खोजें(&amp;F):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find the other card</source>
        <translation>दूसरा कार्ड खोजें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cards found</source>
        <translation>मिले कार्ड</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pick the value to keep where the cards differ. Phone numbers and tags of both cards are kept.</source>
        <translation>जहाँ कार्ड अलग हैं, वहाँ रखने वाला मान चुनें। दोनों कार्डों के फ़ोन नंबर और टैग रखे जाते हैं।</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+196"/>
        <source>&amp;Merge cards</source>
        <translation>कार्डों का विलय करें(&amp;M)</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>Merge the cards</source>
        <translation>कार्डों का विलय करें</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>This card</source>
        <translation>यह कार्ड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other card</source>
        <translation>दूसरा कार्ड</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No other card chosen yet.</source>
        <translation>अभी कोई दूसरा कार्ड नहीं चुना गया है।</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(empty)</source>
        <translation>(खाली)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of this card: %2</source>
        <translation>इस कार्ड का %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of the other card: %2</source>
        <translation>दूसरे कार्ड का %1: %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+8"/>
        <source>Merge cards</source>
        <translation>कार्डों का विलय करें</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Merge the card of %1 into the card of %2? Its history moves and it leaves the search. This cannot be undone.</source>
        <extracomment>%1 the card merged away, %2 the card kept</extracomment>
        <translation>क्या %1 के कार्ड का %2 के कार्ड में विलय करें? उसका इतिहास साथ आ जाएगा और वह खोज में नहीं दिखेगा। इसे पूर्ववत नहीं किया जा सकता।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Do not merge</source>
        <translation>विलय न करें</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Merging…</source>
        <translation>विलय हो रहा है…</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../app/storage/Migrations.cpp" line="+66"/>
        <source>The database %1 was written by a newer version of Cordial (schema %2; this version knows up to %3). It was left untouched: update Cordial to open it.</source>
        <translation>डेटाबेस %1 को Cordial के नए संस्करण ने लिखा है (स्कीमा %2; यह संस्करण केवल %3 तक जानता है)। इसमें कोई बदलाव नहीं किया गया: इसे खोलने के लिए Cordial को अपडेट करें।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The database %1 has no Cordial tables yet. An administrator must set it up first with “%2”.</source>
        <translation>डेटाबेस %1 में अभी तक Cordial की कोई तालिका नहीं है। किसी व्यवस्थापक को पहले “%2” से इसे तैयार करना होगा।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database %1 has schema %2, older than this version of Cordial needs (%3). It was left untouched: an administrator must update it first with “%4”.</source>
        <translation>डेटाबेस %1 का स्कीमा %2 है, जो Cordial के इस संस्करण की ज़रूरत (%3) से पुराना है। इसमें कोई बदलाव नहीं किया गया: किसी व्यवस्थापक को पहले “%4” से इसे अपडेट करना होगा।</translation>
    </message>
</context>
<context>
    <name>NewCallDialog</name>
    <message>
        <location filename="../ui/dialogs/NewCallDialog.cpp" line="+181"/>
        <location line="+95"/>
        <source>Looking up the number…</source>
        <translation>नंबर खोजा जा रहा है…</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Known customer: %1</source>
        <translation>पहचाना गया ग्राहक: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No customer has this number: a new customer card will be created.</source>
        <translation>इस नंबर वाला कोई ग्राहक नहीं है: एक नया ग्राहक कार्ड बनाया जाएगा।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without a number, a new customer card is created (in person only).</source>
        <translation>नंबर के बिना एक नया ग्राहक कार्ड बनाया जाता है (केवल आमने-सामने)।</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 has no phone number to call back.</source>
        <translation>%1 का कोई फ़ोन नंबर नहीं है, जिस पर वापस कॉल की जा सके।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the customer&apos;s phone number.</source>
        <translation>ग्राहक का फ़ोन नंबर दर्ज करें।</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Enter the new customer&apos;s name: a given name, a family name or both.</source>
        <translation>नए ग्राहक का नाम दर्ज करें: पहला नाम, उपनाम या दोनों।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving the new customer card…</source>
        <translation>नया ग्राहक कार्ड सहेजा जा रहा है…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new customer card could not be saved: %1</source>
        <translation>नया ग्राहक कार्ड सहेजा नहीं जा सका: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New call</source>
        <translation>नई कॉल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the &amp;selected customer: %1</source>
        <translation>चुने गए ग्राहक के साथ(&amp;S): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the &amp;selected customer (none selected)</source>
        <translation>चुने गए ग्राहक के साथ (कोई नहीं चुना गया)(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call the selected customer</source>
        <translation>चुने गए ग्राहक को कॉल करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a phone &amp;number:</source>
        <translation>फ़ोन नंबर से(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call by phone number</source>
        <translation>फ़ोन नंबर से कॉल करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number</source>
        <translation>फ़ोन नंबर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+91 98480 22338</source>
        <translation>+91 98480 22338</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customer card</source>
        <translation>नया ग्राहक कार्ड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sal&amp;utation:</source>
        <translation>संबोधन(&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salutation</source>
        <translation>संबोधन</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ms.</source>
        <translation>सुश्री</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mr.</source>
        <translation>श्री</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mx.</source>
        <translation>आदरणीय</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dr.</source>
        <translation>डॉ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Given name:</source>
        <translation>पहला नाम(&amp;G):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>पहला नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Family name:</source>
        <translation>उपनाम(&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>उपनाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>भाषा(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer&apos;s preferred language</source>
        <translation>ग्राहक की पसंदीदा भाषा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channel:</source>
        <translation>चैनल(&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>चैनल</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incoming phone call</source>
        <translation>इनकमिंग फ़ोन कॉल</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In person</source>
        <translation>आमने-सामने</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Callback (you call the customer)</source>
        <translation>कॉलबैक (ग्राहक को वापस कॉल करना)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tart call</source>
        <translation>कॉल शुरू करें(&amp;T)</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <location filename="../ui/panels/NotesEditor.cpp" line="+118"/>
        <source>The pasted text is too long for a note (%1 characters; at most %2). Nothing was pasted: paste a shorter extract.</source>
        <translation>चिपकाया गया टेक्स्ट नोट के लिए बहुत लंबा है (%1 वर्ण; अधिकतम %2)। कुछ भी नहीं चिपकाया गया: कोई छोटा अंश चिपकाएँ।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pasted %1 characters into the notes. They are saved with the call; card numbers are masked.</source>
        <translation>नोट्स में %1 वर्ण चिपकाए गए। ये कॉल के साथ सहेजे जाते हैं; कार्ड नंबर छिपा दिए जाते हैं।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Call notes</source>
        <translation>कॉल नोट्स</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes for this call. Saved as you type; card numbers are masked.</source>
        <translation>इस कॉल के नोट्स। टाइप करते ही सहेजे जाते हैं; कार्ड नंबर छिपा दिए जाते हैं।</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../ui/panels/NoticeBanner.cpp" line="+40"/>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Details…</source>
        <translation>विवरण…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical details of the notice</source>
        <translation>सूचना का तकनीकी विवरण</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <extracomment>Button that removes the notice banner once the agent has read it</extracomment>
        <translation>ख़ारिज करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the notice</source>
        <translation>सूचना ख़ारिज करें</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../ui/dialogs/PaymentDialog.cpp" line="+228"/>
        <source>Enter the name exactly as it is printed on the card.</source>
        <translation>नाम ठीक वैसा ही दर्ज करें जैसा कार्ड पर छपा है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name contains a card number. Type the card number in its own field.</source>
        <translation>नाम में कार्ड नंबर है। कार्ड नंबर उसके अपने फ़ील्ड में टाइप करें।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the card number; spaces and dashes are fine.</source>
        <translation>कार्ड नंबर दर्ज करें; स्पेस और डैश चल सकते हैं।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Valid %1 card ending in %2.</source>
        <translation>मान्य %1 कार्ड, अंतिम चार अंक %2।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter the expiry date as MM/YY, for example 05/29.</source>
        <translation>समाप्ति तिथि MM/YY के रूप में दर्ज करें, उदाहरण के लिए 05/29।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Valid until the end of %1.</source>
        <extracomment>%1 is the month and year in words (&quot;September 2029&quot;).</extracomment>
        <translation>%1 के अंत तक मान्य।</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Name on the card: %1. %2 ending in %3, expiry %4.</source>
        <translation>कार्ड पर नाम: %1। %2, अंतिम चार अंक %3, समाप्ति तिथि %4।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Payment read-back</source>
        <translation>भुगतान विवरण की पुष्टि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the card details as the customer gives them, then read the sentence below back to the customer.</source>
        <translation>ग्राहक जैसे-जैसे कार्ड का विवरण बताए, उसे टाइप करें, फिर नीचे दिया गया वाक्य ग्राहक को पढ़कर सुनाएँ।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name on card:</source>
        <translation>कार्ड पर नाम(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name on card</source>
        <translation>कार्ड पर नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card n&amp;umber:</source>
        <translation>कार्ड नंबर(&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card number</source>
        <translation>कार्ड नंबर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digits, spaces or dashes</source>
        <translation>अंक, स्पेस या डैश</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expiry (MM/YY):</source>
        <translation>समाप्ति तिथि (MM/YY)(&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry date, month and year</source>
        <translation>समाप्ति तिथि, महीना और वर्ष</translation>
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
        <translation>ग्राहक को पढ़कर सुनाएँ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-back sentence</source>
        <translation>पुष्टि का वाक्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read back the name, the brand, the last four digits and the expiry, never the full number. Only these are saved; the number is erased when this window closes.</source>
        <translation>नाम, ब्रांड, अंतिम चार अंक और समाप्ति तिथि पढ़कर सुनाएँ, पूरा नंबर कभी नहीं। केवल यही सहेजे जाते हैं; यह विंडो बंद होते ही नंबर मिटा दिया जाता है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Confirm read-back</source>
        <translation>पुष्टि करें(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm read-back</source>
        <translation>विवरण की पुष्टि करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <location filename="../app/domain/PhoneNumber.cpp" line="+46"/>
        <source>“%1” does not start with a country code: check the digits after the “+”.</source>
        <translation>“%1” किसी देश कोड से शुरू नहीं होता: “+” के बाद के अंक जाँच लें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is too long to be a phone number.</source>
        <translation>“%1” फ़ोन नंबर होने के लिए बहुत लंबा है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is too long for a phone number with the country code +%2.</source>
        <translation>देश कोड +%2 वाले फ़ोन नंबर के लिए “%1” बहुत लंबा है।</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>“%1” is not a phone number: it contains the character “%2”.</source>
        <translation>“%1” फ़ोन नंबर नहीं है: इसमें “%2” वर्ण है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” holds no digits: enter the phone number.</source>
        <translation>“%1” में कोई अंक नहीं है: कृपया फ़ोन नंबर दर्ज करें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A phone number has at most %1 digits, country code included; this one has %2. Check the number with the customer.</source>
        <extracomment>%1 is the most digits a phone number has (15), %2 how many were typed (more).</extracomment>
        <translation>फ़ोन नंबर में देश कोड सहित अधिकतम %1 अंक होते हैं; इसमें %2 अंक हैं। ग्राहक से नंबर की पुष्टि करें।</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../app/i18n/Languages.cpp" line="+15"/>
        <location filename="../ui/platform/LanguageSwitcher.cpp" line="+17"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../ui/platform/QtStandardTexts.cpp" line="+24"/>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>फिर से करें(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>काटें(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>कॉपी करें(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>चिपकाएँ(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>सभी चुनें</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+15"/>
        <source>Show Details...</source>
        <translation>विवरण दिखाएँ...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>विवरण छिपाएँ...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-35"/>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>हाँ(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>नहीं(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>छोड़ दें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>सहायता</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+14"/>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>फिर से करें(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>काटें(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>कॉपी करें(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>चिपकाएँ(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>सभी चुनें</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <location filename="../ui/windows/QuitGuard.cpp" line="+28"/>
        <source>Quit Cordial?</source>
        <translation>Cordial से बाहर निकलें?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A call is open. Quit anyway?</source>
        <translation>एक कॉल अभी खुली है। फिर भी बाहर निकलें?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The call is offered back to you when you start Cordial again.</source>
        <translation>Cordial फिर से शुरू करने पर यह कॉल आपको वापस दी जाएगी।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stay in the call</source>
        <translation>कॉल में बने रहें(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit anyway</source>
        <translation>फिर भी बाहर निकलें(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>RequestCapture</name>
    <message>
        <location filename="../ui/panels/RequestCapture.cpp" line="+159"/>
        <source>What the customer wants</source>
        <translation>ग्राहक क्या चाहते हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;quest:</source>
        <translation>अनुरोध(&amp;Q):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer request</source>
        <translation>ग्राहक का अनुरोध</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. two more CDs</source>
        <translation>जैसे, दो और सीडी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fills the restate and closing lines of the script (Ctrl+Shift+Q)</source>
        <translation>स्क्रिप्ट में अनुरोध दोहराने और समापन वाली पंक्तियों में भरा जाता है (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;tails:</source>
        <translation>विवरण(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request details</source>
        <translation>अनुरोध का विवरण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional</source>
        <translation>वैकल्पिक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addre&amp;ss:</source>
        <translation>पता(&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery address</source>
        <translation>डिलीवरी का पता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional; the customer card&apos;s address otherwise</source>
        <translation>वैकल्पिक; अन्यथा ग्राहक कार्ड का पता</translation>
    </message>
</context>
<context>
    <name>SaveBacklogBanner</name>
    <message>
        <location filename="../ui/panels/SaveBacklogBanner.cpp" line="+45"/>
        <source>Changes not saved yet</source>
        <translation>बदलाव अभी सहेजे नहीं गए</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n change(s) of the call are not saved yet: the database cannot take them now. They are kept in order on this computer and saved as soon as it can; nothing you typed is lost.</source>
        <translation>
            <numerusform>कॉल का %n बदलाव अभी सहेजा नहीं गया: डेटाबेस अभी उसे नहीं ले सकता। वह इस कंप्यूटर पर रखा गया है और जैसे ही संभव हो सहेजा जाएगा; आपका लिखा कुछ भी नहीं खोएगा।</numerusform>
            <numerusform>कॉल के %n बदलाव अभी सहेजे नहीं गए: डेटाबेस अभी उन्हें नहीं ले सकता। वे क्रम से इस कंप्यूटर पर रखे गए हैं और जैसे ही संभव हो सहेजे जाएँगे; आपका लिखा कुछ भी नहीं खोएगा।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try again now</source>
        <translation>अभी दोबारा प्रयास करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try saving the waiting changes again now</source>
        <translation>रुके हुए बदलावों को अभी दोबारा सहेजने का प्रयास करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details…</source>
        <translation>विवरण…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the changes are not saved</source>
        <translation>बदलाव क्यों नहीं सहेजे गए</translation>
    </message>
</context>
<context>
    <name>ScriptFiller</name>
    <message>
        <location filename="../app/services/ScriptFiller.cpp" line="+71"/>
        <source>Type the customer&apos;s request in the request field to fill in this sentence.</source>
        <translation>यह वाक्य पूरा करने के लिए अनुरोध वाले फ़ील्ड में ग्राहक का अनुरोध लिखें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This read-back is filled in once the payment card is taken.</source>
        <translation>भुगतान कार्ड का विवरण लेने के बाद यह पुष्टि-वाक्य भरा जाएगा।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This sentence is filled in once the follow-up is scheduled.</source>
        <translation>फ़ॉलो-अप तय होने के बाद यह वाक्य भरा जाएगा।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This sentence is filled in once the transfer target is chosen.</source>
        <translation>ट्रांसफ़र किसके पास करना है, यह चुनने के बाद यह वाक्य भरा जाएगा।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name for the greeting is not set.</source>
        <translation>अभिवादन के लिए आपका नाम सेट नहीं है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This sentence needs the customer&apos;s name: choose or create the customer&apos;s card.</source>
        <translation>इस वाक्य के लिए ग्राहक का नाम चाहिए: ग्राहक का कार्ड चुनें या बनाएँ।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This sentence needs the customer&apos;s address: type it in the address field.</source>
        <translation>इस वाक्य के लिए ग्राहक का पता चाहिए: उसे पते वाले फ़ील्ड में लिखें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The company name for the script is not set.</source>
        <translation>स्क्रिप्ट के लिए कंपनी का नाम सेट नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This sentence needs a value that is not known yet.</source>
        <translation>इस वाक्य के लिए एक ऐसी जानकारी चाहिए जो अभी पता नहीं है।</translation>
    </message>
</context>
<context>
    <name>ScriptLibrary</name>
    <message>
        <location filename="../app/services/ScriptLibrary.cpp" line="+72"/>
        <source>The script file %1 has no text for &quot;%2&quot; in %3.</source>
        <translation>स्क्रिप्ट फ़ाइल %1 में, %3 में “%2” के लिए कोई टेक्स्ट नहीं है।</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+58"/>
        <source>The script file %1 cannot be read.</source>
        <translation>स्क्रिप्ट फ़ाइल %1 पढ़ी नहीं जा सकती।</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The script file %1 says it is for &quot;%2&quot; (%3), which does not match where it is stored.</source>
        <translation>स्क्रिप्ट फ़ाइल %1 के अनुसार वह “%2” (%3) के लिए है, जो उसके सहेजे जाने के स्थान से मेल नहीं खाता।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no call script for %1 and no English script to fall back on.</source>
        <translation>%1 के लिए कोई कॉल स्क्रिप्ट नहीं है, और विकल्प के रूप में कोई अंग्रेज़ी स्क्रिप्ट भी नहीं है।</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The script file %1 is not valid JSON (error at line %2, column %3).</source>
        <translation>स्क्रिप्ट फ़ाइल %1 मान्य JSON नहीं है (पंक्ति %2, कॉलम %3 पर त्रुटि)।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The script file %1 must contain a JSON object.</source>
        <translation>स्क्रिप्ट फ़ाइल %1 में एक JSON ऑब्जेक्ट होना चाहिए।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The script file %1 uses format %2; this version of Cordial reads format %3 or older.</source>
        <translation>स्क्रिप्ट फ़ाइल %1 फ़ॉर्मैट %2 का उपयोग करती है; Cordial का यह संस्करण फ़ॉर्मैट %3 या उससे पुराने फ़ॉर्मैट पढ़ता है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file</source>
        <translation>फ़ाइल के मुख्य भाग</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The script file %1 names an unknown channel &quot;%2&quot;.</source>
        <translation>स्क्रिप्ट फ़ाइल %1 में अज्ञात चैनल “%2” दिया गया है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The script file %1 has no &quot;steps&quot; list.</source>
        <translation>स्क्रिप्ट फ़ाइल %1 में “steps” सूची नहीं है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>step %1</source>
        <translation>चरण %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the script file %1, %2 is not a JSON object.</source>
        <translation>स्क्रिप्ट फ़ाइल %1 में, %2 JSON ऑब्जेक्ट नहीं है।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The script file %1 has two steps with the id &quot;%2&quot;.</source>
        <translation>स्क्रिप्ट फ़ाइल %1 में आईडी “%2” वाले दो चरण हैं।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In the script file %1, &quot;optional&quot; of step &quot;%2&quot; must be true or false.</source>
        <translation>स्क्रिप्ट फ़ाइल %1 में, चरण “%2” का “optional” मान true या false होना चाहिए।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In the script file %1, &quot;lines&quot; must be a JSON object.</source>
        <translation>स्क्रिप्ट फ़ाइल %1 में, “lines” एक JSON ऑब्जेक्ट होना चाहिए।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the script file %1, the line &quot;%2&quot; must be text.</source>
        <translation>स्क्रिप्ट फ़ाइल %1 में, पंक्ति “%2” टेक्स्ट होनी चाहिए।</translation>
    </message>
    <message>
        <location filename="../app/services/LanguageRulesFile.cpp" line="+58"/>
        <source>The language rules file %1 is not a valid JSON object.</source>
        <translation>भाषा नियम फ़ाइल %1 मान्य JSON ऑब्जेक्ट नहीं है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The language rules file %1 does not say its language.</source>
        <translation>भाषा नियम फ़ाइल %1 में उसकी भाषा नहीं बताई गई है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the language rules file %1, &quot;%2&quot; is not in the documented form.</source>
        <translation>भाषा नियम फ़ाइल %1 में “%2” प्रलेखित रूप में नहीं है।</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <location filename="../ui/panels/ScriptPanel.cpp" line="+266"/>
        <source>%1 (skipped)</source>
        <extracomment>A script step the agent chose not to say; %1 is the step&apos;s title in the script language</extracomment>
        <translation>%1 (छोड़ा गया)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Current step</source>
        <translation>मौजूदा चरण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>छोड़ा गया</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Script &amp;language:</source>
        <translation>स्क्रिप्ट की भाषा(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Script language for this call</source>
        <translation>इस कॉल के लिए स्क्रिप्ट की भाषा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No call script is available.</source>
        <translation>कोई कॉल स्क्रिप्ट उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call script: %1</source>
        <translation>कॉल स्क्रिप्ट: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next step</source>
        <translation>अगला चरण(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step</source>
        <translation>अगला चरण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the current step and move to the next one (Ctrl+Return)</source>
        <translation>मौजूदा चरण पर सही का निशान लगाएँ और अगले चरण पर जाएँ (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ne&amp;xt step</source>
        <translation>अगला चरण(&amp;X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>S&amp;kip step</source>
        <translation>चरण छोड़ें(&amp;K)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Skip step</source>
        <translation>चरण छोड़ें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the current step out on purpose and move on (Ctrl+Shift+Return)</source>
        <translation>मौजूदा चरण को जान-बूझकर छोड़ें और आगे बढ़ें (Ctrl+Shift+Return)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call script steps</source>
        <translation>कॉल स्क्रिप्ट के चरण</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Step %1: %2</source>
        <translation>चरण %1: %2</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>What to say in step %1</source>
        <translation>चरण %1 में क्या कहना है</translation>
    </message>
</context>
<context>
    <name>SqlErrors</name>
    <message>
        <location filename="../app/storage/CallRepository.cpp" line="+32"/>
        <source>The record no longer exists.</source>
        <translation>यह रिकॉर्ड अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>The call record no longer exists.</source>
        <translation>कॉल का रिकॉर्ड अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The call is already closed or no longer exists.</source>
        <translation>कॉल पहले ही बंद हो चुकी है या अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>The note no longer exists.</source>
        <translation>नोट अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The follow-up no longer exists.</source>
        <translation>फ़ॉलो-अप अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <location filename="../app/storage/CustomerEditRepository.cpp" line="+19"/>
        <location filename="../app/storage/CustomerMergeRepository.cpp" line="+45"/>
        <location line="+10"/>
        <location filename="../app/storage/CustomerRepository.cpp" line="+106"/>
        <source>The customer record no longer exists. Someone may have removed it.</source>
        <translation>ग्राहक का रिकॉर्ड अब मौजूद नहीं है। हो सकता है किसी ने उसे हटा दिया हो।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This customer card was merged into another card. Open that card to change it.</source>
        <translation>इस ग्राहक कार्ड का किसी दूसरे कार्ड में विलय हो चुका है। इसे बदलने के लिए वह कार्ड खोलें।</translation>
    </message>
    <message>
        <location filename="../app/storage/SqlErrors.cpp" line="+45"/>
        <source>The database server %1 does not let %2 sign in: the account may be disabled or not allowed from this computer. Ask your administrator.</source>
        <translation>डेटाबेस सर्वर %1, %2 को साइन इन नहीं करने दे रहा है: हो सकता है खाता बंद कर दिया गया हो या इस कंप्यूटर से अनुमति न हो। कृपया अपने व्यवस्थापक से संपर्क करें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database server %1 refused the user name or password.</source>
        <translation>डेटाबेस सर्वर %1 ने उपयोगकर्ता नाम या पासवर्ड अस्वीकार कर दिया।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database %1 does not exist on the server.</source>
        <translation>डेटाबेस %1 सर्वर पर मौजूद नहीं है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database server %1 cannot be reached. Check the address and your network connection, then try again.</source>
        <translation>डेटाबेस सर्वर %1 से संपर्क नहीं हो पा रहा है। पता और अपना नेटवर्क कनेक्शन जाँचें, फिर दोबारा प्रयास करें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database %1 is busy with another user&apos;s change. Try again.</source>
        <translation>डेटाबेस %1 किसी अन्य उपयोगकर्ता के बदलाव में व्यस्त है। दोबारा प्रयास करें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your account on the database %1 may not do this. Ask a supervisor or an administrator.</source>
        <translation>डेटाबेस %1 पर आपके खाते को यह करने की अनुमति नहीं है। कृपया किसी पर्यवेक्षक या व्यवस्थापक से पूछें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database %1 cannot be opened.</source>
        <translation>डेटाबेस %1 खोला नहीं जा सकता।</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+45"/>
        <source>The database %1 could not carry out the request.</source>
        <translation>डेटाबेस %1 अनुरोध पूरा नहीं कर सका।</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The database file %1 cannot be opened or created. Check that its folder exists and that you may write to it.</source>
        <translation>डेटाबेस फ़ाइल %1 खोली या बनाई नहीं जा सकती। जाँचें कि उसका फ़ोल्डर मौजूद है और आपको उसमें लिखने की अनुमति है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database file %1 is read-only. Check that you may write to it and to its folder.</source>
        <translation>डेटाबेस फ़ाइल %1 केवल पढ़ने के लिए है। जाँचें कि आपको इस फ़ाइल और इसके फ़ोल्डर में लिखने की अनुमति है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk that holds the database file %1 is full.</source>
        <translation>डेटाबेस फ़ाइल %1 वाली डिस्क भर गई है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database file %1 could not be read or written.</source>
        <translation>डेटाबेस फ़ाइल %1 को पढ़ा या उसमें लिखा नहीं जा सका।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database file %1 cannot be opened.</source>
        <translation>डेटाबेस फ़ाइल %1 खोली नहीं जा सकती।</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The file %1 is not a Cordial database, or it is damaged. It was left untouched: restore it from a backup or choose another file.</source>
        <translation>फ़ाइल %1 Cordial डेटाबेस नहीं है, या क्षतिग्रस्त है। इसमें कोई बदलाव नहीं किया गया: इसे बैकअप से पुनर्स्थापित करें या कोई दूसरी फ़ाइल चुनें।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database %1 is locked by another program. Close the other program or try again later.</source>
        <translation>डेटाबेस %1 को किसी अन्य प्रोग्राम ने लॉक कर रखा है। दूसरा प्रोग्राम बंद करें या बाद में दोबारा प्रयास करें।</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The database %1 is locked by another program and stayed locked for more than %n second(s). Close the other program or try again later.</source>
        <translation>
            <numerusform>डेटाबेस %1 को किसी अन्य प्रोग्राम ने लॉक कर रखा है और यह %n सेकंड से अधिक समय तक लॉक रहा। दूसरा प्रोग्राम बंद करें या बाद में दोबारा प्रयास करें।</numerusform>
            <numerusform>डेटाबेस %1 को किसी अन्य प्रोग्राम ने लॉक कर रखा है और यह %n सेकंड से अधिक समय तक लॉक रहा। दूसरा प्रोग्राम बंद करें या बाद में दोबारा प्रयास करें।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/storage/SqlStatement.cpp" line="+129"/>
        <source>The database %1 did not report the new record&apos;s number.</source>
        <translation>डेटाबेस %1 ने नए रिकॉर्ड की संख्या नहीं बताई।</translation>
    </message>
    <message>
        <location filename="../app/storage/ChangeFeed.cpp" line="+31"/>
        <source>The database %1 cannot report other users&apos; changes.</source>
        <translation>डेटाबेस %1 अन्य उपयोगकर्ताओं के बदलावों की सूचना नहीं दे सकता।</translation>
    </message>
    <message>
        <location filename="../app/storage/CustomerMergeRepository.cpp" line="-7"/>
        <source>One of these cards was already merged into another card.</source>
        <translation>इनमें से एक कार्ड का पहले ही किसी दूसरे कार्ड में विलय हो चुका है।</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Choose two different customer cards to merge.</source>
        <translation>विलय के लिए दो अलग-अलग ग्राहक कार्ड चुनें।</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../ui/main.cpp" line="+115"/>
        <source>No graphical display was found (neither DISPLAY nor WAYLAND_DISPLAY is set). Start Cordial from a desktop session.</source>
        <translation>कोई ग्राफ़िकल डिस्प्ले नहीं मिला (न DISPLAY सेट है, न WAYLAND_DISPLAY)। Cordial को डेस्कटॉप सत्र से शुरू करें।</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cordial cannot start</source>
        <translation>Cordial शुरू नहीं हो सकता</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The database %1 is already at schema version %2; nothing to do.</source>
        <translation>डेटाबेस %1 पहले से स्कीमा संस्करण %2 पर है; कुछ करने की ज़रूरत नहीं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database %1 was updated from schema version %2 to %3.</source>
        <translation>डेटाबेस %1 को स्कीमा संस्करण %2 से %3 पर अपडेट किया गया।</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Cordial is already running with the database %1, not %2. Close it first to work with another database.</source>
        <translation>Cordial पहले से चल रहा है। उसका डेटाबेस: %1; आपने माँगा: %2। किसी दूसरे डेटाबेस पर काम करने के लिए पहले उसे बंद करें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cordial is already running in %1, not in %2. Change the language in its View menu, or close it first.</source>
        <translation>Cordial पहले से चल रहा है। उसकी भाषा: %1; आपने माँगी: %2। भाषा उसके “दृश्य” मेनू में बदलें, या पहले उसे बंद करें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The running Cordial did not take this request.</source>
        <translation>चल रहे Cordial ने यह अनुरोध स्वीकार नहीं किया।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cordial is already running</source>
        <translation>Cordial पहले से चल रहा है</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Empty database</source>
        <translation>खाली डेटाबेस</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database has no customers yet. Add demo customers and history to try Cordial?</source>
        <translation>डेटाबेस में अभी कोई ग्राहक नहीं है। Cordial आज़माने के लिए डेमो ग्राहक और इतिहास जोड़ें?</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The language “%1” is not available; continuing in English.</source>
        <translation>भाषा “%1” उपलब्ध नहीं है; अंग्रेज़ी में जारी रखा जा रहा है।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cordial is already running but did not answer. Close it or wait a moment, then try again.</source>
        <translation>Cordial पहले से चल रहा है, लेकिन उसने जवाब नहीं दिया। उसे बंद करें या थोड़ी देर प्रतीक्षा करें, फिर दोबारा प्रयास करें।</translation>
    </message>
</context>
<context>
    <name>TeamAdministration</name>
    <message>
        <location filename="../app/storage/TeamAdministration.cpp" line="+37"/>
        <source>You may not add %1: administrators add anyone, supervisors add agents to the teams they supervise.</source>
        <translation>आप %1 को नहीं जोड़ सकते: व्यवस्थापक किसी को भी जोड़ सकते हैं, पर्यवेक्षक केवल अपनी टीमों में एजेंट जोड़ सकते हैं।</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+49"/>
        <source>The server already has a user named %1. Choose another login.</source>
        <translation>सर्वर पर %1 नाम का उपयोगकर्ता पहले से है। कृपया कोई दूसरा लॉगिन चुनें।</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>This database is not set up for teams yet. An administrator runs “cordial admin init” first.</source>
        <translation>यह डेटाबेस अभी टीमों के लिए तैयार नहीं है। पहले किसी व्यवस्थापक को “cordial admin init” चलाना होगा।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The login %1 cannot be used. Use lower-case Latin letters, digits, “_”, “.” and “-”, starting with a letter, at most 63 characters.</source>
        <extracomment>%1 is the login as typed</extracomment>
        <translation>लॉगिन %1 का उपयोग नहीं किया जा सकता। छोटे लैटिन अक्षर, अंक, “_”, “.” और “-” का उपयोग करें; शुरुआत किसी अक्षर से हो और अधिकतम 63 वर्ण हों।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The role %1 does not exist. Use agent, supervisor or admin.</source>
        <translation>भूमिका %1 मौजूद नहीं है। agent, supervisor या admin का उपयोग करें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the person&apos;s name as said in the greeting.</source>
        <translation>कृपया व्यक्ति का नाम वैसे दें जैसे अभिवादन में बोला जाता है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name at least one team: agents work in a team, supervisors supervise one.</source>
        <translation>कम से कम एक टीम बताएँ: एजेंट किसी टीम में काम करते हैं, पर्यवेक्षक किसी टीम की देखरेख करते हैं।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is empty.</source>
        <translation>पासवर्ड खाली है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+40"/>
        <source>Team mode needs a PostgreSQL database; a SQLite file is for one person.</source>
        <translation>टीम मोड के लिए PostgreSQL डेटाबेस चाहिए; SQLite फ़ाइल केवल एक व्यक्ति के लिए होती है।</translation>
    </message>
</context>
<context>
    <name>TeamSetup</name>
    <message>
        <location filename="../app/services/TeamSetup.cpp" line="+22"/>
        <source>Team mode needs a PostgreSQL database; a SQLite file is for one person.</source>
        <translation>टीम मोड के लिए PostgreSQL डेटाबेस चाहिए; SQLite फ़ाइल केवल एक व्यक्ति के लिए होती है।</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../ui/dialogs/TransferDialog.cpp" line="+132"/>
        <source>Say: “%1”</source>
        <translation>कहें: “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Consult first</source>
        <translation>पहले परामर्श करें(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transfer &amp;now</source>
        <translation>अभी ट्रांसफ़र करें(&amp;N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is nobody to transfer to: no department or manager is set up.</source>
        <translation>ट्रांसफ़र करने के लिए कोई नहीं है: कोई विभाग या प्रबंधक सेट अप नहीं है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose who to transfer the customer to.</source>
        <translation>चुनें कि ग्राहक को किसके पास ट्रांसफ़र करना है।</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Transfer the call</source>
        <translation>कॉल ट्रांसफ़र करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No departments or managers are set up for transfers.</source>
        <translation>ट्रांसफ़र के लिए कोई विभाग या प्रबंधक सेट अप नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer &amp;to:</source>
        <translation>किसके पास ट्रांसफ़र करें(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer targets</source>
        <translation>ट्रांसफ़र के लक्ष्य</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>manager</source>
        <translation>प्रबंधक</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>department</source>
        <translation>विभाग</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, extension %3)</source>
        <translation>%1 (%2, एक्सटेंशन %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Warm: the customer waits on hold while I consult, and I stay until they are connected</source>
        <translation>वार्म: मेरे परामर्श के दौरान ग्राहक होल्ड पर प्रतीक्षा करते हैं, और उनके कनेक्ट होने तक मुझे लाइन पर रहना है(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warm transfer</source>
        <translation>वार्म ट्रांसफ़र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;old: transfer at once without consulting</source>
        <translation>कोल्ड: परामर्श किए बिना तुरंत ट्रांसफ़र करें(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cold transfer</source>
        <translation>कोल्ड ट्रांसफ़र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning: you will leave before the customer is connected. The transfer is recorded as cold.</source>
        <translation>चेतावनी: ग्राहक के कनेक्ट होने से पहले ही कॉल से आपका संपर्क छूट जाएगा। ट्रांसफ़र को कोल्ड के रूप में दर्ज किया जाएगा।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cold transfer warning</source>
        <translation>कोल्ड ट्रांसफ़र चेतावनी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer line to say</source>
        <translation>ट्रांसफ़र के समय बोलने वाली पंक्ति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
</context>
<context>
    <name>WrapUpDialog</name>
    <message>
        <location filename="../ui/dialogs/WrapUpDialog.cpp" line="+118"/>
        <source>After-call work so far: %1</source>
        <translation>अब तक कॉल के बाद का काम: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Describe the outcome in the summary when the disposition is “Other”.</source>
        <translation>जब परिणाम “अन्य” हो, तो सारांश में परिणाम का वर्णन करें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The summary is too long (%1 characters; at most %2). Keep details in the notes.</source>
        <translation>सारांश बहुत लंबा है (%1 वर्ण; अधिकतम %2)। विवरण नोट्स में रखें।</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Wrap up the call</source>
        <translation>कॉल का रैप-अप करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>परिणाम(&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome of the call</source>
        <translation>कॉल का परिणाम</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Summary:</source>
        <translation>सारांश(&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call summary</source>
        <translation>कॉल का सारांश</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After-call work time</source>
        <translation>कॉल के बाद के काम का समय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close the call</source>
        <translation>कॉल बंद करें(&amp;C)</translation>
    </message>
</context>
</TS>
