<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="te_IN">
<context>
    <name>AbusiveCallerDialog</name>
    <message>
        <location filename="../ui/dialogs/AbusiveCallerDialog.cpp" line="+92"/>
        <source>Abusive caller</source>
        <translation>దుర్భాషలాడే కాలర్</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not accept abusive or profane language. Choose what to do and say the line below it.</source>
        <translation>దుర్భాషను లేదా అసభ్య పదజాలాన్ని అంగీకరించవద్దు. ఏమి చేయాలో ఎంచుకుని, దాని కింద ఉన్న వాక్యాన్ని చెప్పండి.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the caller on &amp;hold</source>
        <translation>కాలర్‌ను హోల్డ్‌లో ఉంచు(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the abusive caller on hold</source>
        <translation>దుర్భాషలాడే కాలర్‌ను హోల్డ్‌లో ఉంచండి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask to involve a &amp;supervisor</source>
        <translation>సూపర్‌వైజర్‌ను చేర్చమని అడుగు(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask whether a supervisor may be involved</source>
        <translation>సూపర్‌వైజర్‌ను చేర్చవచ్చో లేదో అడగండి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line to say before the hold</source>
        <translation>హోల్డ్‌కు ముందు చెప్పాల్సిన వాక్యం</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line to say to involve a supervisor</source>
        <translation>సూపర్‌వైజర్‌ను చేర్చడానికి చెప్పాల్సిన వాక్యం</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>రద్దు చేయి</translation>
    </message>
</context>
<context>
    <name>AdminCommand</name>
    <message>
        <location filename="../ui/platform/AdminCommand.cpp" line="+42"/>
        <source>The password file %1 cannot be read.</source>
        <translation>పాస్‌వర్డ్ ఫైల్ %1 ను చదవలేము.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New password for %1: </source>
        <translation>%1 కోసం కొత్త పాస్‌వర్డ్: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the password again: </source>
        <translation>పాస్‌వర్డ్‌ను మళ్లీ టైప్ చేయండి: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords differ. Nothing was changed.</source>
        <translation>రెండు పాస్‌వర్డ్‌లు వేరుగా ఉన్నాయి. ఏమీ మార్చబడలేదు.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sets up a team database on PostgreSQL and adds people to it.

  cordial admin init --db postgresql://… --login LOGIN --name NAME
      creates the roles, the tables and the first administrator
  cordial admin add-agent LOGIN --name NAME --role agent|supervisor|admin --team TEAM --db …
      adds a person; supervisors add agents to their own teams</source>
        <translation>PostgreSQL లో బృంద డేటాబేస్‌ను సిద్ధం చేసి, అందులో వ్యక్తులను చేరుస్తుంది.

  cordial admin init --db postgresql://… --login LOGIN --name NAME
      పాత్రలు, పట్టికలు మరియు మొదటి నిర్వాహకుడిని సృష్టిస్తుంది
  cordial admin add-agent LOGIN --name NAME --role agent|supervisor|admin --team TEAM --db …
      ఒక వ్యక్తిని చేరుస్తుంది; పర్యవేక్షకులు తమ బృందాలకు ఏజెంట్లను చేరుస్తారు</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The team database: postgresql://user@host:port/database.</source>
        <extracomment>Command-line help; keep &quot;postgresql://&quot; as it is</extracomment>
        <translation>బృంద డేటాబేస్: postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login of the first administrator (init).</source>
        <translation>మొదటి నిర్వాహకుడి లాగిన్ (init).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>login</source>
        <translation>లాగిన్</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person&apos;s name as said in the greeting.</source>
        <translation>శుభాకాంక్షలో చెప్పే విధంగా వ్యక్తి పేరు.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agent, supervisor or admin (default: agent).</source>
        <translation>agent, supervisor లేదా admin (డిఫాల్ట్: agent).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>పాత్ర</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A team of the agent, or a team the supervisor supervises; may be repeated.</source>
        <translation>ఏజెంట్ బృందం, లేదా పర్యవేక్షకుడు పర్యవేక్షించే బృందం; ఒకటి కంటే ఎక్కువసార్లు ఇవ్వవచ్చు.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team</source>
        <translation>బృందం</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the new password from the first line of this file instead of the terminal.</source>
        <translation>కొత్త పాస్‌వర్డ్‌ను టెర్మినల్‌కు బదులుగా ఈ ఫైల్ మొదటి పంక్తి నుండి చదవండి.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>ఫైల్</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>init or add-agent, then the login for add-agent.</source>
        <extracomment>Command-line help for the positional arguments; keep the command words as they are</extracomment>
        <translation>init లేదా add-agent, add-agent తర్వాత లాగిన్.</translation>
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
        <translation>ఏమి చేయాలో చెప్పండి: “cordial admin init” లేదా “cordial admin add-agent LOGIN”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name the team database with --db postgresql://user@host:port/database.</source>
        <translation>బృంద డేటాబేస్‌ను --db postgresql://user@host:port/database తో పేర్కొనండి.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The team database %1 is ready (schema version %2). Its first administrator is %3.</source>
        <translation>బృంద డేటాబేస్ %1 సిద్ధంగా ఉంది (స్కీమా వెర్షన్ %2). దాని మొదటి నిర్వాహకుడు %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was added to the team database %2 and can sign in now.</source>
        <translation>%1 ను బృంద డేటాబేస్ %2 లో చేర్చారు, ఇప్పుడు వారు సైన్ ఇన్ చేయవచ్చు.</translation>
    </message>
</context>
<context>
    <name>AgentDirectory</name>
    <message>
        <location filename="../app/services/AgentDirectory.cpp" line="+26"/>
        <source>Cordial could not sign you in as %1: %2</source>
        <translation>Cordial మిమ్మల్ని %1గా సైన్ ఇన్ చేయలేకపోయింది: %2</translation>
    </message>
</context>
<context>
    <name>CallActions</name>
    <message>
        <location filename="../ui/windows/CallActions.cpp" line="+95"/>
        <source>&amp;New call…</source>
        <translation>కొత్త కాల్(&amp;N)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a call: incoming, in person or a callback</source>
        <translation>కాల్ ప్రారంభించండి: ఇన్‌కమింగ్, వ్యక్తిగతంగా లేదా కాల్‌బ్యాక్</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Answer</source>
        <translation>సమాధానం ఇవ్వు(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer the ringing call</source>
        <translation>రింగ్ అవుతున్న కాల్‌కు సమాధానం ఇవ్వండి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Transfer…</source>
        <translation>బదిలీ చేయి(&amp;T)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transfer the customer to a department or manager</source>
        <translation>కస్టమర్‌ను ఒక విభాగానికి లేదా మేనేజర్‌కు బదిలీ చేయండి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer &amp;connected</source>
        <translation>కస్టమర్ కనెక్ట్ అయ్యారు(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer is connected to the transfer target: leave the call</source>
        <translation>కస్టమర్ బదిలీ అయిన వారితో కనెక్ట్ అయ్యారు: కాల్ నుండి నిష్క్రమించండి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the transfer and return to the customer</source>
        <translation>బదిలీని రద్దు చేసి, కస్టమర్‌తో మళ్లీ మాట్లాడండి</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tak&amp;e the customer back</source>
        <translation>కస్టమర్‌ను తిరిగి తీసుకో(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;busive caller…</source>
        <translation>దుర్భాషలాడే కాలర్(&amp;B)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Put an abusive caller on hold or involve a supervisor</source>
        <translation>దుర్భాషలాడే కాలర్‌ను హోల్డ్‌లో ఉంచండి లేదా సూపర్‌వైజర్‌ను చేర్చండి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Payment read-back…</source>
        <translation>చెల్లింపు వివరాలను చదివి వినిపించు(&amp;P)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the payment details back to the customer</source>
        <translation>చెల్లింపు వివరాలను కస్టమర్‌కు చదివి వినిపించండి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule &amp;follow-up…</source>
        <translation>ఫాలో-అప్ షెడ్యూల్ చేయి(&amp;F)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agree who will contact the customer, when and why</source>
        <translation>కస్టమర్‌ను ఎవరు, ఎప్పుడు, ఎందుకు సంప్రదిస్తారో అంగీకరించండి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wrap up…</source>
        <translation>ర్యాప్-అప్ చేయి(&amp;W)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End the conversation and record its outcome</source>
        <translation>సంభాషణను ముగించి, దాని ఫలితాన్ని నమోదు చేయండి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose call…</source>
        <translation>కాల్‌ను మూసివేయి(&amp;L)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the call after wrap-up, or a call that was never answered</source>
        <translation>ర్యాప్-అప్ తర్వాత కాల్‌ను మూసివేయండి, లేదా ఎప్పుడూ సమాధానం ఇవ్వని కాల్‌ను మూసివేయండి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the re&amp;quest</source>
        <translation>అభ్యర్థనను టైప్ చేయి(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type n&amp;otes</source>
        <translation>నోట్స్ టైప్ చేయి(&amp;O)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Go to the request fields of the script</source>
        <translation>స్క్రిప్ట్‌లోని అభ్యర్థన ఫీల్డ్‌లకు వెళ్లండి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the notes of this call</source>
        <translation>ఈ కాల్ నోట్స్‌కు వెళ్లండి</translation>
    </message>
</context>
<context>
    <name>CallBar</name>
    <message>
        <location filename="../ui/panels/CallBar.cpp" line="+27"/>
        <source>Ringing</source>
        <translation>రింగ్ అవుతోంది</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In conversation</source>
        <translation>సంభాషణలో ఉంది</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer on hold</source>
        <translation>కస్టమర్ హోల్డ్‌లో ఉన్నారు</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transferring (customer on hold)</source>
        <translation>బదిలీ అవుతోంది (కస్టమర్ హోల్డ్‌లో ఉన్నారు)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrap-up</source>
        <translation>ర్యాప్-అప్</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call closed</source>
        <translation>కాల్ మూసివేయబడింది</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>No call</source>
        <translation>కాల్ లేదు</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transferring to %1 (customer on hold)</source>
        <translation>బదిలీ అవుతోంది: %1 (కస్టమర్ హోల్డ్‌లో ఉన్నారు)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer on hold over a minute</source>
        <translation>కస్టమర్ ఒక నిమిషానికి పైగా హోల్డ్‌లో ఉన్నారు</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transferring (customer waiting over a minute)</source>
        <translation>బదిలీ అవుతోంది (కస్టమర్ ఒక నిమిషానికి పైగా వేచి ఉన్నారు)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transferring to %1 (customer waiting over a minute)</source>
        <translation>బదిలీ అవుతోంది: %1 (కస్టమర్ ఒక నిమిషానికి పైగా వేచి ఉన్నారు)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Call %1</source>
        <translation>కాల్ %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Hold total %1, longest %2 (%n hold(s))</source>
        <translation>
            <numerusform>మొత్తం హోల్డ్ %1, అత్యధికం %2 (%n హోల్డ్)</numerusform>
            <numerusform>మొత్తం హోల్డ్ %1, అత్యధికం %2 (%n హోల్డ్‌లు)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No hold yet</source>
        <translation>ఇంకా హోల్డ్ లేదు</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After-call work %1</source>
        <translation>కాల్ తర్వాతి పని %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Current call</source>
        <translation>ప్రస్తుత కాల్</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call state</source>
        <translation>కాల్ స్థితి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call duration</source>
        <translation>కాల్ వ్యవధి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold times</source>
        <translation>హోల్డ్ సమయాలు</translation>
    </message>
</context>
<context>
    <name>CallController</name>
    <message>
        <location filename="../ui/windows/CallFlowContext.cpp" line="+40"/>
        <source>Take the customer off hold first.</source>
        <translation>ముందుగా కస్టమర్‌ను హోల్డ్ నుండి తీయండి.</translation>
    </message>
    <message>
        <location filename="../ui/windows/CallController.cpp" line="+190"/>
        <location line="+15"/>
        <source>Close the current call before starting another.</source>
        <translation>మరో కాల్ ప్రారంభించే ముందు ప్రస్తుత కాల్‌ను మూసివేయండి.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A new customer card was created for %1.</source>
        <translation>%1 కోసం కొత్త కస్టమర్ కార్డ్ సృష్టించబడింది.</translation>
    </message>
    <message>
        <location filename="../ui/windows/TransferFlow.cpp" line="+39"/>
        <source>There is nobody to transfer to: no department or manager is set up.</source>
        <translation>బదిలీ చేయడానికి ఎవరూ లేరు: ఏ విభాగం లేదా మేనేజర్ సెటప్ చేయబడలేదు.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Consulting %1 while the customer waits on hold. Stay on the line and press “Customer connected” once they are connected.</source>
        <translation>కస్టమర్ హోల్డ్‌లో వేచి ఉండగా మీరు %1తో సంప్రదిస్తున్నారు. లైన్‌లోనే ఉండి, వారు కనెక్ట్ అయిన వెంటనే “కస్టమర్ కనెక్ట్ అయ్యారు” నొక్కండి.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cold transfer to %1 recorded. Wrap up the call.</source>
        <translation>కోల్డ్ బదిలీ నమోదైంది: %1. కాల్‌ను ర్యాప్-అప్ చేయండి.</translation>
    </message>
    <message>
        <location filename="../ui/windows/CallController.cpp" line="+54"/>
        <source>The caller is on hold. Your choice is recorded.</source>
        <translation>కాలర్ హోల్డ్‌లో ఉన్నారు. మీ ఎంపిక నమోదు చేయబడింది.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded: you asked whether a supervisor may be involved.</source>
        <translation>నమోదు చేయబడింది: సూపర్‌వైజర్‌ను చేర్చవచ్చో లేదో మీరు అడిగారు.</translation>
    </message>
    <message>
        <location filename="../ui/windows/WrapUpFlow.cpp" line="+56"/>
        <source>Close the call</source>
        <translation>కాల్‌ను మూసివేయండి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The call was not answered. Close it and record it as missed?</source>
        <translation>కాల్‌కు సమాధానం ఇవ్వలేదు. దాన్ని మూసివేసి, మిస్డ్ కాల్‌గా నమోదు చేయాలా?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Call closed: %1.</source>
        <translation>కాల్ మూసివేయబడింది: %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Address: %1</source>
        <translation>చిరునామా: %1</translation>
    </message>
</context>
<context>
    <name>CallIntake</name>
    <message>
        <location filename="../ui/windows/CallIntake.cpp" line="+53"/>
        <source>A call for %1 came in while another call is open. Close the current call, then start the new one from the New call dialog.</source>
        <translation>మరో కాల్ తెరిచి ఉండగా %1 కోసం ఒక కాల్ వచ్చింది. ప్రస్తుత కాల్‌ను మూసివేసి, ఆపై “కొత్త కాల్” డైలాగ్ నుండి కొత్తదాన్ని ప్రారంభించండి.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>an unknown caller</source>
        <translation>తెలియని కాలర్</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A call with %1 was interrupted at %2. Resume it?</source>
        <translation>%2 సమయంలో ఒక కాల్‌కు అంతరాయం కలిగింది; కాల్‌లో ఉన్నవారు: %1. దాన్ని కొనసాగించాలా?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Interrupted call</source>
        <translation>అంతరాయం కలిగిన కాల్</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closing it records the call as abandoned, with its notes as they were saved. This cannot be undone.</source>
        <translation>దీన్ని ముగిస్తే కాల్ మధ్యలో ఆగిపోయినదిగా, సేవ్ అయిన నోట్స్‌తో నమోదవుతుంది. దీన్ని తర్వాత వెనక్కి తీసుకోలేరు.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resume the call</source>
        <translation>కాల్‌ను కొనసాగించు(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close it as abandoned</source>
        <translation>ఆగిపోయినదిగా మూసివేయి(&amp;C)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The interrupted call was closed as abandoned.</source>
        <translation>అంతరాయం కలిగిన కాల్ మధ్యలో ఆగిపోయినదిగా మూసివేయబడింది.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n older interrupted call(s) were closed as abandoned.</source>
        <translation>
            <numerusform>అంతరాయం కలిగిన %n పాత కాల్ మధ్యలో ఆగిపోయినదిగా మూసివేయబడింది.</numerusform>
            <numerusform>అంతరాయం కలిగిన %n పాత కాల్‌లు మధ్యలో ఆగిపోయినవిగా మూసివేయబడ్డాయి.</numerusform>
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
        <translation>లింక్‌లో ఫోన్ నంబర్ లేదు.</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>The extension “%1” must contain digits only.</source>
        <translation>ఎక్స్‌టెన్షన్ “%1”లో అంకెలు మాత్రమే ఉండాలి.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The extension “%1” is too long: at most %2 digits are allowed.</source>
        <translation>ఎక్స్‌టెన్షన్ “%1” చాలా పొడవుగా ఉంది: ఇందులో గరిష్ఠంగా %2 అంకెలు మాత్రమే ఉండవచ్చు.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The link is not a Cordial call link.</source>
        <translation>ఈ లింక్ Cordial కాల్ లింక్ కాదు.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The link names an unknown channel “%1”.</source>
        <translation>లింక్‌లో తెలియని ఛానెల్ “%1” ఉంది.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The link is too long to be a call request.</source>
        <translation>కాల్ అభ్యర్థనకు ఈ లింక్ చాలా పొడవుగా ఉంది.</translation>
    </message>
</context>
<context>
    <name>CallSession</name>
    <message>
        <location filename="../app/services/CallSession.cpp" line="+77"/>
        <source>Close the current call before starting another.</source>
        <translation>మరో కాల్ ప్రారంభించే ముందు ప్రస్తుత కాల్‌ను మూసివేయండి.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The call is not on hold.</source>
        <translation>కాల్ హోల్డ్‌లో లేదు.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No transfer is in progress.</source>
        <translation>ప్రస్తుతం ఏ బదిలీ జరగడం లేదు.</translation>
    </message>
    <message>
        <location filename="../app/services/CallHistory.cpp" line="+105"/>
        <source>Payment card read back: %1 ending in %2.</source>
        <extracomment>In a call&apos;s history entry. %1 is the card brand (&quot;Visa&quot;, or a word for an unknown brand), %2 the card&apos;s last four digits.</extracomment>
        <translation>చెల్లింపు కార్డ్ వివరాలు చదివి వినిపించారు: %1, చివరి నాలుగు అంకెలు %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Follow-up due: %1.</source>
        <extracomment>In a call&apos;s history entry. %1 is the date and time the follow-up is due.</extracomment>
        <translation>ఫాలో-అప్ గడువు: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-up: %1, due %2.</source>
        <extracomment>In a call&apos;s history entry. %1 is the agent who will follow up, %2 the date and time it is due.</extracomment>
        <translation>ఫాలో-అప్: %1, గడువు %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not answered; closed after %1.</source>
        <translation>సమాధానం ఇవ్వలేదు; మూసివేయబడింది (వ్యవధి %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Talk time %1, no hold.</source>
        <translation>మాట్లాడిన సమయం %1, హోల్డ్ లేదు.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Talk time %1; on hold %2 in total, the longest %3 (%n hold(s)).</source>
        <translation>
            <numerusform>మాట్లాడిన సమయం %1; మొత్తం హోల్డ్ %2, అత్యధికం %3 (%n హోల్డ్).</numerusform>
            <numerusform>మాట్లాడిన సమయం %1; మొత్తం హోల్డ్ %2, అత్యధికం %3 (%n హోల్డ్‌లు).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/services/CallSession.cpp" line="+94"/>
        <source>Choose a time in the future for the follow-up.</source>
        <translation>ఫాలో-అప్ కోసం భవిష్యత్తులోని సమయాన్ని ఎంచుకోండి.</translation>
    </message>
    <message>
        <location filename="../app/services/CallHistory.cpp" line="-5"/>
        <source>The program stopped during the call, and the call was not taken up again.</source>
        <translation>కాల్ జరుగుతుండగా ప్రోగ్రామ్ ఆగిపోయింది, కాల్‌ను మళ్లీ కొనసాగించలేదు.</translation>
    </message>
    <message>
        <location filename="../app/domain/Disposition.cpp" line="+40"/>
        <source>Resolved</source>
        <translation>పరిష్కరించబడింది</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up needed</source>
        <translation>ఫాలో-అప్ అవసరం</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transferred</source>
        <translation>బదిలీ చేయబడింది</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalated</source>
        <translation>ఎస్కలేట్ చేయబడింది</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint</source>
        <translation>ఫిర్యాదు</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>ఇతర</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missed</source>
        <translation>మిస్డ్ కాల్</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abandoned</source>
        <translation>మధ్యలో ఆగిపోయింది</translation>
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
        <translation>కాల్ నోట్స్:</translation>
    </message>
    <message>
        <location filename="../app/services/CallSession.cpp" line="+75"/>
        <source>Close the current call before resuming another.</source>
        <translation>మరో కాల్‌ను కొనసాగించే ముందు ప్రస్తుత కాల్‌ను మూసివేయండి.</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+9"/>
        <source>The interrupted call no longer exists or is already closed.</source>
        <translation>అంతరాయం కలిగిన కాల్ ఇప్పుడు లేదు లేదా ఇప్పటికే మూసివేయబడింది.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>There is no call in progress.</source>
        <translation>ప్రస్తుతం ఏ కాల్ జరగడం లేదు.</translation>
    </message>
</context>
<context>
    <name>CallStateMachine</name>
    <message>
        <location filename="../app/domain/CallStateMachine.cpp" line="+68"/>
        <source>The call is already ringing.</source>
        <translation>కాల్ ఇప్పటికే రింగ్ అవుతోంది.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The call is already in progress.</source>
        <translation>కాల్ ఇప్పటికే కొనసాగుతోంది.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The call is already on hold.</source>
        <translation>కాల్ ఇప్పటికే హోల్డ్‌లో ఉంది.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A transfer is already in progress.</source>
        <translation>ఇప్పటికే ఒక బదిలీ జరుగుతోంది.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The call is already in wrap-up.</source>
        <translation>కాల్ ఇప్పటికే ర్యాప్-అప్ దశలో ఉంది.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The call is already closed.</source>
        <translation>కాల్ ఇప్పటికే మూసివేయబడింది.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The call is closed and can no longer change.</source>
        <translation>కాల్ మూసివేయబడింది, ఇకపై దాన్ని మార్చలేరు.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A call that has been answered cannot ring again.</source>
        <translation>సమాధానం ఇచ్చిన కాల్ మళ్లీ రింగ్ కాదు.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer the call first.</source>
        <translation>ముందుగా కాల్‌కు సమాధానం ఇవ్వండి.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The conversation has ended; finish the wrap-up and close the call.</source>
        <translation>సంభాషణ ముగిసింది; ర్యాప్-అప్ పూర్తి చేసి కాల్‌ను మూసివేయండి.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End the hold before closing the call.</source>
        <translation>కాల్‌ను మూసివేసే ముందు హోల్డ్‌ను ముగించండి.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete or cancel the transfer before closing the call.</source>
        <translation>కాల్‌ను మూసివేసే ముందు బదిలీని పూర్తి చేయండి లేదా రద్దు చేయండి.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrap up the call before closing it.</source>
        <translation>కాల్‌ను మూసివేసే ముందు దాని ర్యాప్-అప్ పూర్తి చేయండి.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End the hold before wrapping up the call.</source>
        <translation>కాల్ ర్యాప్-అప్ చేసే ముందు హోల్డ్‌ను ముగించండి.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer is already waiting while the transfer is in progress.</source>
        <translation>బదిలీ జరుగుతున్నప్పుడు కస్టమర్ ఇప్పటికే వేచి ఉన్నారు.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This change to the call is not allowed.</source>
        <translation>కాల్‌లో ఈ మార్పుకు అనుమతి లేదు.</translation>
    </message>
</context>
<context>
    <name>CallTimeline</name>
    <message>
        <location filename="../app/services/CallTimeline.cpp" line="+40"/>
        <source>Note: %1</source>
        <extracomment>A line of a call&apos;s timeline in the history. %1 is the agent&apos;s note, on one line.</extracomment>
        <translation>నోట్: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Outgoing call started</source>
        <translation>అవుట్‌గోయింగ్ కాల్ ప్రారంభమైంది</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incoming call</source>
        <translation>ఇన్‌కమింగ్ కాల్</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answered after %1</source>
        <extracomment>A line of a call&apos;s timeline. %1 is how long it rang, as 0:12.</extracomment>
        <translation>%1 తర్వాత సమాధానం ఇచ్చారు</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On hold for the transfer consultation</source>
        <translation>బదిలీకి ముందు సంప్రదింపు కోసం హోల్డ్‌లో</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hold</source>
        <translation>హోల్డ్‌లో</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+68"/>
        <source>Apologised for the wait</source>
        <translation>వేచి ఉంచినందుకు క్షమాపణ చెప్పారు</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Warm transfer to %1: consulting first</source>
        <extracomment>A line of a call&apos;s timeline. %1 is a department or a manager.</extracomment>
        <translation>%1కు వార్మ్ బదిలీ: ముందుగా సంప్రదింపు</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer to %1</source>
        <translation>%1కు బదిలీ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer connected</source>
        <translation>బదిలీ కనెక్ట్ అయింది</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer cancelled; back with the caller</source>
        <translation>బదిలీ రద్దయింది; మళ్లీ కాలర్‌తో మాట్లాడుతున్నారు</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cold transfer to %1</source>
        <extracomment>A line of a call&apos;s timeline. %1 is a department or a manager.</extracomment>
        <translation>%1కు కోల్డ్ బదిలీ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abusive language: the caller was put on hold</source>
        <translation>దుర్భాష: కాలర్‌ను హోల్డ్‌లో ఉంచారు</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abusive language: a supervisor was offered</source>
        <translation>దుర్భాష: సూపర్‌వైజర్‌ను చేర్చుతామని ప్రతిపాదించారు</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Script step said: %1</source>
        <extracomment>A line of a call&apos;s timeline. %1 is the title of a step of the call script.</extracomment>
        <translation>స్క్రిప్ట్ దశ చెప్పారు: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Script step skipped: %1</source>
        <translation>స్క్రిప్ట్ దశ దాటవేశారు: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrap-up started</source>
        <translation>ర్యాప్-అప్ ప్రారంభమైంది</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed: the program stopped during the call</source>
        <translation>ముగిసింది: కాల్ జరుగుతుండగా ప్రోగ్రామ్ ఆగిపోయింది</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed: not answered</source>
        <translation>ముగిసింది: సమాధానం ఇవ్వలేదు</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed: %1</source>
        <extracomment>A line of a call&apos;s timeline. %1 is the wrap-up&apos;s outcome (&quot;Resolved&quot;).</extracomment>
        <translation>ముగిసింది: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken up again after the program stopped</source>
        <translation>ప్రోగ్రామ్ ఆగిపోయిన తర్వాత కాల్‌ను మళ్లీ కొనసాగించారు</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed as abandoned after the program stopped</source>
        <translation>ప్రోగ్రామ్ ఆగిపోయిన తర్వాత వదిలివేసిన కాల్‌గా ముగించారు</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Waited %1 during the transfer consultation, a minute or more</source>
        <extracomment>A line of a call&apos;s timeline. %1 is how long the caller waited, as 1:25.</extracomment>
        <translation>బదిలీ సంప్రదింపు సమయంలో %1 వేచి ఉన్నారు, ఒక నిమిషం లేదా అంతకంటే ఎక్కువ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waited %1 during the transfer consultation</source>
        <translation>బదిలీ సంప్రదింపు సమయంలో %1 వేచి ఉన్నారు</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On hold for %1, a minute or more</source>
        <extracomment>A line of a call&apos;s timeline. %1 is how long the caller was on hold, as 1:25.</extracomment>
        <translation>%1 పాటు హోల్డ్‌లో, ఒక నిమిషం లేదా అంతకంటే ఎక్కువ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On hold for %1</source>
        <translation>%1 పాటు హోల్డ్‌లో</translation>
    </message>
</context>
<context>
    <name>CardExpiry</name>
    <message>
        <location filename="../app/domain/CardExpiry.cpp" line="+102"/>
        <source>“%1” is not an expiry date. Type the month and the year as printed on the card, for example 05/29.</source>
        <translation>“%1” గడువు తేదీ కాదు. కార్డ్‌పై ముద్రించినట్లే నెల, సంవత్సరం టైప్ చేయండి, ఉదాహరణకు 05/29.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no month %1: the month is a number from 01 to 12 (MM/YY).</source>
        <extracomment>%1 is the month as typed (&quot;13&quot;). MM/YY: two-digit month, slash, two-digit year.</extracomment>
        <translation>%1 అనే నెల లేదు: నెల 01 నుండి 12 వరకు ఉండే సంఖ్య (MM/YY).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This card expired at the end of %1. Ask the customer for a card that is still valid.</source>
        <translation>ఈ కార్డ్ గడువు %1 చివరిలో ముగిసింది. ఇంకా చెల్లుబాటులో ఉన్న కార్డ్ ఇవ్వమని కస్టమర్‌ను అడగండి.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The expiry date %1 is more than %2 years ahead; check it with the customer.</source>
        <translation>గడువు తేదీ %1 ఇప్పటి నుండి %2 సంవత్సరాల కంటే ఎక్కువ దూరంలో ఉంది; కస్టమర్‌తో దాన్ని సరిచూసుకోండి.</translation>
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
        <translation>కార్డ్ నంబర్‌లో అంకెలు, ఖాళీలు, డాష్‌లు మాత్రమే ఉంటాయి. ఇతర అక్షరాలను తొలగించండి.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A card number has %1 to %2 digits, not %3.</source>
        <translation>కార్డ్ నంబర్‌లో %1 నుండి %2 అంకెలు ఉంటాయి, %3 కాదు.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No card scheme issues numbers that start with these digits. Check the number with the customer.</source>
        <translation>ఈ అంకెలతో మొదలయ్యే నంబర్లను ఏ కార్డ్ నెట్‌వర్క్ జారీ చేయదు. కస్టమర్‌తో నంబర్‌ను సరిచూసుకోండి.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 card numbers are longer: %n digit(s) entered so far.</source>
        <translation>
            <numerusform>%1 కార్డ్ నంబర్లు ఇంతకంటే పొడవుగా ఉంటాయి: ఇప్పటివరకు %n అంకె నమోదు చేశారు.</numerusform>
            <numerusform>%1 కార్డ్ నంబర్లు ఇంతకంటే పొడవుగా ఉంటాయి: ఇప్పటివరకు %n అంకెలు నమోదు చేశారు.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 card numbers are shorter: %2 digits entered. Check the number with the customer.</source>
        <translation>%1 కార్డ్ నంబర్లు ఇంతకంటే చిన్నవిగా ఉంటాయి: %2 అంకెలు నమోదు చేశారు. కస్టమర్‌తో నంబర్‌ను సరిచూసుకోండి.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 digits is not a valid length for a %2 card. Check the number with the customer.</source>
        <translation>%2 కార్డ్‌కు %1 అంకెలు చెల్లుబాటయ్యే పొడవు కాదు. కస్టమర్‌తో నంబర్‌ను సరిచూసుకోండి.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This card number is not valid: the check digit does not match. Read the digits back to the customer and correct them.</source>
        <translation>ఈ కార్డ్ నంబర్ చెల్లదు: చెక్ డిజిట్ సరిపోలడం లేదు. అంకెలను కస్టమర్‌కు చదివి వినిపించి, వాటిని సరిచేయండి.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>card</source>
        <comment>payment card of an unrecognised brand, read to the customer</comment>
        <translation>కార్డ్</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter the name on the card.</source>
        <translation>కార్డ్‌పై ఉన్న పేరును నమోదు చేయండి.</translation>
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
        <translation>ఫోన్</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In person</source>
        <translation>వ్యక్తిగతంగా</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voicemail</source>
        <translation>వాయిస్‌మెయిల్</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter</source>
        <translation>లేఖ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>ఇమెయిల్</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web form</source>
        <translation>వెబ్ ఫారమ్</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../ui/platform/CommandLine.cpp" line="+26"/>
        <source>Cordial: an agent console for frontline customer service.</source>
        <translation>Cordial: ఫ్రంట్‌లైన్ కస్టమర్ సేవ కోసం ఏజెంట్ కన్సోల్.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run “cordial migrate --db …” to create or update the tables of a database; a team database on PostgreSQL needs it once after each update of Cordial.</source>
        <translation>డేటాబేస్ పట్టికలను సృష్టించడానికి లేదా అప్‌డేట్ చేయడానికి “cordial migrate --db …” నడపండి; PostgreSQLలోని బృంద డేటాబేస్‌కు Cordial ప్రతి అప్‌డేట్ తర్వాత ఒకసారి ఇది అవసరం.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run “cordial import FILE.csv” to import customers from a CSV file; “cordial import --help” lists its options and exit codes.</source>
        <translation>CSV ఫైల్ నుండి కస్టమర్‌లను దిగుమతి చేయడానికి “cordial import FILE.csv” అమలు చేయండి; “cordial import --help” దాని ఎంపికలు మరియు నిష్క్రమణ కోడ్‌లను చూపుతుంది.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+34"/>
        <source>Database to open: a file path, sqlite:PATH or postgresql://user@host:port/database. Default: the last one used, else a file in your data folder.</source>
        <extracomment>Command-line help; keep &quot;sqlite:&quot; and &quot;postgresql://&quot; as they are</extracomment>
        <translation>తెరవాల్సిన డేటాబేస్: ఫైల్ పాత్, sqlite:పాత్ లేదా postgresql://user@host:port/database. డిఫాల్ట్: చివరిగా ఉపయోగించినది, లేకపోతే మీ డేటా ఫోల్డర్‌లోని ఒక ఫైల్.</translation>
    </message>
    <message>
        <location filename="../ui/platform/AdminCommand.cpp" line="-81"/>
        <location filename="../ui/platform/CommandLine.cpp" line="-31"/>
        <location line="+34"/>
        <source>spec</source>
        <translation>స్థానం</translation>
    </message>
    <message>
        <location filename="../ui/platform/CommandLine.cpp" line="-33"/>
        <source>Fill an empty database with demo customers and history.</source>
        <translation>ఖాళీ డేటాబేస్‌ను డెమో కస్టమర్‌లు, చరిత్రతో నింపుతుంది.</translation>
    </message>
    <message>
        <location filename="../ui/platform/AdminCommand.cpp" line="+13"/>
        <location filename="../ui/platform/CommandLine.cpp" line="+1"/>
        <location line="+33"/>
        <source>Interface language (en, hi, te, ur, ca).</source>
        <translation>ఇంటర్‌ఫేస్ భాష (en, hi, te, ur, ca).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/platform/CommandLine.cpp" line="-33"/>
        <location line="+33"/>
        <source>code</source>
        <translation>కోడ్</translation>
    </message>
    <message>
        <location filename="../ui/platform/CommandLine.cpp" line="-32"/>
        <source>Your name as said in the greeting.</source>
        <translation>పలకరింపులో చెప్పే మీ పేరు.</translation>
    </message>
    <message>
        <location filename="../ui/platform/AdminCommand.cpp" line="-10"/>
        <location filename="../ui/platform/CommandLine.cpp" line="+0"/>
        <source>name</source>
        <translation>పేరు</translation>
    </message>
    <message>
        <location filename="../ui/platform/CommandLine.cpp" line="+1"/>
        <source>Start a call with this phone number (in the running Cordial if there is one).</source>
        <translation>ఈ ఫోన్ నంబర్‌తో కాల్ ప్రారంభించండి (Cordial ఇప్పటికే నడుస్తుంటే, దానిలోనే).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number</source>
        <translation>నంబర్</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A tel: or cordial:// link, or a phone number, to call.</source>
        <extracomment>Command-line help for the positional argument; keep &quot;tel:&quot; and &quot;cordial://&quot; as they are</extracomment>
        <translation>కాల్ చేయడానికి tel: లేదా cordial:// లింక్, లేదా ఫోన్ నంబర్.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[link…]</source>
        <translation>[లింక్…]</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Creates or updates the tables of a Cordial database to this version, then exits. Agents&apos; Cordial never changes the tables of a team database on PostgreSQL: an administrator runs this once after each update.</source>
        <translation>Cordial డేటాబేస్ పట్టికలను ఈ వెర్షన్‌కు అనుగుణంగా సృష్టిస్తుంది లేదా అప్‌డేట్ చేస్తుంది, ఆపై నిష్క్రమిస్తుంది. ఏజెంట్ల Cordial PostgreSQLలోని బృంద డేటాబేస్ పట్టికలను ఎప్పుడూ మార్చదు: ప్రతి అప్‌డేట్ తర్వాత ఒక నిర్వాహకుడు దీన్ని ఒకసారి నడుపుతారు.</translation>
    </message>
    <message>
        <location filename="../ui/platform/AdminCommand.cpp" line="+38"/>
        <location filename="../ui/platform/CommandLine.cpp" line="+19"/>
        <source>Unexpected argument: %1</source>
        <translation>ఊహించని ఆర్గ్యుమెంట్: %1</translation>
    </message>
</context>
<context>
    <name>CsvText</name>
    <message>
        <location filename="../app/integration/CsvText.cpp" line="+92"/>
        <source>The encoding %1 is not known. Try windows-1252 or ISO-8859-1.</source>
        <translation>ఎన్‌కోడింగ్ %1 తెలియదు. windows-1252 లేదా ISO-8859-1 ప్రయత్నించండి.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file cannot be read as %1: it holds bytes that encoding does not define.</source>
        <translation>ఫైల్‌ను %1 గా చదవలేము: ఆ ఎన్‌కోడింగ్ నిర్వచించని బైట్‌లు ఇందులో ఉన్నాయి.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The file starts as UTF-16 text but is not valid UTF-16.</source>
        <translation>ఫైల్ UTF-16 పాఠ్యంగా ప్రారంభమవుతుంది, కానీ చెల్లుబాటు అయ్యే UTF-16 కాదు.</translation>
    </message>
</context>
<context>
    <name>CustomerAuditDialog</name>
    <message>
        <location filename="../ui/dialogs/CustomerAuditDialog.cpp" line="+29"/>
        <source>Card created</source>
        <translation>కార్డు సృష్టించబడింది</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (merge)</source>
        <extracomment>A field changed by a merge: %1 is the field&apos;s name</extracomment>
        <translation>%1 (విలీనం)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged with another card</source>
        <translation>మరో కార్డుతో విలీనం చేయబడింది</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged with %1</source>
        <extracomment>%1 is the other card&apos;s customer name</extracomment>
        <translation>%1తో విలీనం చేయబడింది</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>History of the card of %1</source>
        <extracomment>Dialog title: %1 is the customer&apos;s name</extracomment>
        <translation>%1 కార్డు చరిత్ర</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>ఎప్పుడు</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>ఎవరు</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>ఏమిటి</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>ముందు</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>తర్వాత</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes to this card, newest first</source>
        <translation>ఈ కార్డులో మార్పులు, కొత్తవి ముందు</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading…</source>
        <translation>లోడ్ అవుతోంది…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unknown agent</source>
        <translation>తెలియని ఏజెంట్</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No changes recorded for this card.</source>
        <translation>ఈ కార్డుకు ఎలాంటి మార్పులు నమోదు కాలేదు.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s), newest first.</source>
        <translation>
            <numerusform>%n మార్పు, కొత్తది ముందు.</numerusform>
            <numerusform>%n మార్పులు, కొత్తవి ముందు.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <location filename="../ui/panels/CustomerCard.cpp" line="+258"/>
        <location line="+4"/>
        <source>Discard changes</source>
        <translation>మార్పులను విస్మరించండి</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Discard the changes you typed on this card?</source>
        <translation>ఈ కార్డులో మీరు టైప్ చేసిన మార్పులను విస్మరించాలా?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep editing</source>
        <translation>సవరణ కొనసాగించండి</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Phone:</source>
        <extracomment>Customer card caption</extracomment>
        <translation>ఫోన్:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other phones:</source>
        <extracomment>Customer card caption</extracomment>
        <translation>ఇతర ఫోన్లు:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail:</source>
        <extracomment>Customer card caption</extracomment>
        <translation>ఇమెయిల్:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address:</source>
        <extracomment>Customer card caption</extracomment>
        <translation>చిరునామా:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country:</source>
        <extracomment>Customer card caption</extracomment>
        <translation>దేశం:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language:</source>
        <extracomment>Customer card caption: the language the customer prefers to be served in</extracomment>
        <translation>భాష:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags:</source>
        <extracomment>Customer card caption</extracomment>
        <translation>ట్యాగ్‌లు:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-ups:</source>
        <extracomment>Customer card caption: follow-ups not done yet</extracomment>
        <translation>ఫాలో-అప్‌లు:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer name</source>
        <translation>కస్టమర్ పేరు</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer phone</source>
        <translation>కస్టమర్ ఫోన్</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer&apos;s other phones</source>
        <translation>కస్టమర్ ఇతర ఫోన్లు</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer e-mail</source>
        <translation>కస్టమర్ ఇమెయిల్</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer address</source>
        <translation>కస్టమర్ చిరునామా</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer&apos;s country</source>
        <translation>కస్టమర్ దేశం</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer&apos;s preferred language</source>
        <translation>కస్టమర్ ఇష్టపడే భాష</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer tags</source>
        <translation>కస్టమర్ ట్యాగ్‌లు</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open follow-ups</source>
        <translation>తెరిచి ఉన్న ఫాలో-అప్‌లు</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <extracomment>Button on the customer card: edit it in place (F2)</extracomment>
        <translation>సవరించు</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this card (%1)</source>
        <translation>ఈ కార్డును సవరించండి (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this card</source>
        <translation>ఈ కార్డును సవరించండి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit card</source>
        <translation>కార్డు సవరించండి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New card</source>
        <translation>కొత్త కార్డు</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new customer card</source>
        <translation>కొత్త కస్టమర్ కార్డు సృష్టించండి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge…</source>
        <translation>విలీనం…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge another card into this one</source>
        <translation>మరో కార్డును ఇందులో విలీనం చేయండి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card history</source>
        <translation>కార్డు చరిత్ర</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History of this card</source>
        <translation>ఈ కార్డు చరిత్ర</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Customer card</source>
        <translation>కస్టమర్ కార్డ్</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No customer selected</source>
        <translation>కస్టమర్ ఎవరూ ఎంచుకోబడలేదు</translation>
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
        <translation>బృందం డిఫాల్ట్</translation>
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
        <translation>కార్డు ఎందుకు సేవ్ కాలేదు</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Team default</source>
        <extracomment>The customer has no preferred language: the team&apos;s language is used</extracomment>
        <translation>బృందం డిఫాల్ట్</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New customer card</source>
        <translation>కొత్త కస్టమర్ కార్డు</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit customer card</source>
        <translation>కస్టమర్ కార్డు సవరించండి</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>One number per line</source>
        <translation>ప్రతి పంక్తికి ఒక నంబర్</translation>
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
        <translation>రెండు అక్షరాల దేశ కోడ్</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Separate tags with commas</source>
        <translation>ట్యాగ్‌లను కామాలతో వేరు చేయండి</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving…</source>
        <extracomment>Button: store the edited customer card; shows &quot;Saving…&quot; while it is stored</extracomment>
        <translation>సేవ్ అవుతోంది…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>సేవ్ చేయి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the card</source>
        <translation>కార్డును సేవ్ చేయండి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>రద్దు చేయి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the changes</source>
        <translation>మార్పులను రద్దు చేయండి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer card editor</source>
        <translation>కస్టమర్ కార్డు ఎడిటర్</translation>
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
        <translation>చదవలేకపోయాం</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None open</source>
        <extracomment>Open follow-ups of the customer: there are none</extracomment>
        <translation>ఏదీ తెరిచి లేదు</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n open, next due %1</source>
        <extracomment>%n open follow-ups; %1 when the next one is due</extracomment>
        <translation>
            <numerusform>%n తెరిచి ఉంది, తదుపరిది %1కి</numerusform>
            <numerusform>%n తెరిచి ఉన్నాయి, తదుపరిది %1కి</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n open, next due %1: %2</source>
        <extracomment>%n open follow-ups; %1 when the next one is due, %2 why</extracomment>
        <translation>
            <numerusform>%n తెరిచి ఉంది, తదుపరిది %1కి: %2</numerusform>
            <numerusform>%n తెరిచి ఉన్నాయి, తదుపరిది %1కి: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerExport</name>
    <message>
        <location filename="../app/services/CustomerExport.cpp" line="+21"/>
        <source>The export file could not be written.</source>
        <translation>ఎగుమతి ఫైల్‌ను వ్రాయలేకపోయాము.</translation>
    </message>
</context>
<context>
    <name>CustomerFieldNames</name>
    <message>
        <location filename="../ui/panels/CustomerFieldNames.cpp" line="+8"/>
        <source>Salutation</source>
        <extracomment>Customer card field: how the customer is addressed (Ms., Dr., श्रीमती)</extracomment>
        <translation>సంబోధన</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given name</source>
        <translation>మొదటి పేరు</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family name</source>
        <translation>ఇంటి పేరు</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <extracomment>Customer card field: the main phone number</extracomment>
        <translation>ఫోన్</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other phones</source>
        <translation>ఇతర ఫోన్లు</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>ఈమెయిల్</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>చిరునామా</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <extracomment>Customer card field: the language the customer prefers to be served in</extracomment>
        <translation>భాష</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>దేశం</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags</source>
        <extracomment>Customer card field: free labels such as VIP</extracomment>
        <translation>ట్యాగ్‌లు</translation>
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
        <translation>ఫైల్ %1 ను చదవలేము.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The file is empty: it has no header line.</source>
        <translation>ఫైల్ ఖాళీగా ఉంది: దీనికి శీర్షిక పంక్తి లేదు.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The header line names no column of a name or a phone number, so no row can become a customer. Columns found: %1.</source>
        <translation>శీర్షిక పంక్తిలో పేరు లేదా ఫోన్ నంబర్ నిలువు వరుస లేదు, కాబట్టి ఏ వరుసా కస్టమర్ కాలేదు. కనిపించిన నిలువు వరుసలు: %1.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The same customer (same name and phone number) is already stored or earlier in the file.</source>
        <translation>ఇదే కస్టమర్ (అదే పేరు, అదే ఫోన్ నంబర్) ఇప్పటికే నిల్వ ఉన్నారు లేదా ఫైల్‌లో ముందే వచ్చారు.</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="+38"/>
        <source>%1, phone %2</source>
        <translation>%1, ఫోన్ %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name</source>
        <extracomment>Column of the customer search results</extracomment>
        <translation>పేరు</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <extracomment>Column of the customer search results</extracomment>
        <translation>ఫోన్</translation>
    </message>
</context>
<context>
    <name>CustomerSearchPane</name>
    <message>
        <location filename="../ui/panels/CustomerSearchPane.cpp" line="+351"/>
        <source>No customer matches this search.</source>
        <translation>ఈ శోధనకు సరిపోలే కస్టమర్ ఎవరూ లేరు.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n or more customers match; choose one.</source>
        <comment>the card when a search finds many</comment>
        <translation>
            <numerusform>%n లేదా అంతకంటే ఎక్కువ మంది కస్టమర్‌లు సరిపోలారు; దయచేసి ఒకరిని ఎంచుకోండి.</numerusform>
            <numerusform>%n లేదా అంతకంటే ఎక్కువ మంది కస్టమర్‌లు సరిపోలారు; దయచేసి ఒకరిని ఎంచుకోండి.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n customer(s) match; choose one.</source>
        <comment>the card when a search finds several</comment>
        <translation>
            <numerusform>%n కస్టమర్ సరిపోలారు; దయచేసి ఎంచుకోండి.</numerusform>
            <numerusform>%n మంది కస్టమర్‌లు సరిపోలారు; దయచేసి ఒకరిని ఎంచుకోండి.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Search by name, phone or e-mail</source>
        <translation>పేరు, ఫోన్ లేదా ఇమెయిల్‌తో వెతకండి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search customers</source>
        <translation>కస్టమర్‌లను వెతకండి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name, phone or e-mail (Ctrl+F)</source>
        <translation>పేరు, ఫోన్ లేదా ఇమెయిల్‌తో వెతకండి (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers found</source>
        <translation>దొరికిన కస్టమర్‌లు</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+39"/>
        <source>Searching…</source>
        <translation>వెతుకుతోంది…</translation>
    </message>
</context>
<context>
    <name>CustomerValidation</name>
    <message>
        <location filename="../app/domain/CustomerValidation.cpp" line="+27"/>
        <source>Enter the customer&apos;s given name or family name.</source>
        <translation>కస్టమర్ మొదటి పేరు లేదా ఇంటి పేరు నమోదు చేయండి.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This field takes at most %1 characters.</source>
        <extracomment>%1 is the most characters the field takes</extracomment>
        <translation>ఈ ఫీల్డ్‌లో గరిష్ఠంగా %1 అక్షరాలు ఉండవచ్చు.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“%1” is not an e-mail address: it needs a name, an “@” and a domain, such as name@example.com.</source>
        <translation>“%1” ఈమెయిల్ చిరునామా కాదు: దీనికి ఒక పేరు, “@” మరియు ఒక డొమైన్ ఉండాలి, ఉదా. name@example.com.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the country as its two-letter code, such as IN, PK or ES, or leave it empty.</source>
        <translation>దేశాన్ని దాని రెండు అక్షరాల కోడ్‌తో నమోదు చేయండి, ఉదా. IN, PK లేదా ES, లేదా ఖాళీగా వదిలేయండి.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/storage/Database.cpp" line="+47"/>
        <source>The Qt database driver %1 is not installed.</source>
        <translation>Qt డేటాబేస్ డ్రైవర్ %1 ఇన్‌స్టాల్ చేయబడలేదు.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>No file name was given for the database.</source>
        <translation>డేటాబేస్ కోసం ఫైల్ పేరు ఇవ్వలేదు.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder %1 for the database cannot be created. Check that you may write there.</source>
        <translation>డేటాబేస్ కోసం %1 ఫోల్డర్‌ను సృష్టించలేము. అక్కడ రాయడానికి మీకు అనుమతి ఉందో లేదో తనిఖీ చేయండి.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ఒక ఫోల్డర్, డేటాబేస్ ఫైల్ కాదు.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database file cannot be created because the folder %1 is not writable.</source>
        <translation>%1 ఫోల్డర్‌లో రాయడం సాధ్యం కానందున డేటాబేస్ ఫైల్‌ను సృష్టించలేము.</translation>
    </message>
    <message>
        <location filename="../app/storage/CallWrite.cpp" line="+195"/>
        <source>The call record no longer exists.</source>
        <translation>కాల్ రికార్డ్ ఇప్పుడు లేదు.</translation>
    </message>
</context>
<context>
    <name>DatabaseConfig</name>
    <message>
        <location filename="../app/storage/DatabaseConfig.cpp" line="+32"/>
        <source>The server address &quot;%1&quot; is not valid. Use postgresql://user@host:port/database.</source>
        <translation>సర్వర్ చిరునామా “%1” చెల్లదు. postgresql://user@host:port/database ఉపయోగించండి.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The connection timeout must be a whole number of seconds.</source>
        <translation>కనెక్షన్ సమయ పరిమితి పూర్ణ సంఖ్యలో సెకన్లు అయి ఉండాలి.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The TLS mode %1 is not known. Use disable, allow, prefer, require, verify-ca or verify-full.</source>
        <extracomment>keep the sslmode values as they are</extracomment>
        <translation>TLS మోడ్ %1 తెలియదు. disable, allow, prefer, require, verify-ca లేదా verify-full లో ఒకదాన్ని ఉపయోగించండి.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No database location was given.</source>
        <translation>డేటాబేస్ స్థానం ఇవ్వలేదు.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The SQLite location &quot;%1&quot; names no file.</source>
        <translation>SQLite స్థానం “%1”లో ఫైల్ పేరు లేదు.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database location &quot;%1&quot; is not supported. Use a file path or a postgresql:// address.</source>
        <translation>“%1” అనే డేటాబేస్ స్థానానికి మద్దతు లేదు. ఫైల్ పాత్ లేదా postgresql:// చిరునామాను ఉపయోగించండి.</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <location filename="../ui/platform/DatabaseOpener.cpp" line="+93"/>
        <source>The password was not saved in the keychain: %1</source>
        <translation>పాస్‌వర్డ్ కీచైన్‌లో సేవ్ కాలేదు: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpCalendar</name>
    <message>
        <location filename="../app/integration/FollowUpCalendar.cpp" line="+51"/>
        <source>Customer: %1</source>
        <translation>కస్టమర్: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone: %1</source>
        <translation>ఫోన్: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Owner: %1</source>
        <translation>బాధ్యులు: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner: %1, %2</source>
        <translation>బాధ్యులు: %1, %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save the follow-up before adding it to a calendar.</source>
        <translation>ఫాలో-అప్‌ను క్యాలెండర్‌కు జోడించే ముందు దాన్ని సేవ్ చేయండి.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The follow-up has no due time.</source>
        <translation>ఫాలో-అప్‌కు నిర్ణీత సమయం లేదు.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The calendar export has no valid time stamp.</source>
        <translation>క్యాలెండర్ ఎగుమతిలో చెల్లుబాటయ్యే టైమ్‌స్టాంప్ లేదు.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow-up: %1</source>
        <translation>ఫాలో-అప్: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The follow-up could not be turned into a calendar entry.</source>
        <translation>ఫాలో-అప్‌ను క్యాలెండర్ ఎంట్రీగా మార్చలేకపోయాము.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot save the calendar file “%1”. Choose a folder you can write to.</source>
        <translation>“%1” క్యాలెండర్ ఫైల్‌ను సేవ్ చేయలేము. మీరు రాయగల ఫోల్డర్‌ను ఎంచుకోండి.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../ui/dialogs/FollowUpDialog.cpp" line="+190"/>
        <source>There is no agent to own the follow-up.</source>
        <translation>ఫాలో-అప్‌కు బాధ్యత వహించడానికి ఏజెంట్ ఎవరూ లేరు.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date and time of the follow-up.</source>
        <translation>ఫాలో-అప్ తేదీ, సమయాన్ని నమోదు చేయండి.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time %1 is in the past. Choose a later date and time.</source>
        <translation>%1 సమయం ఇప్పటికే గడిచిపోయింది. ఇంతకంటే తర్వాతి తేదీ, సమయాన్ని ఎంచుకోండి.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time %1 is more than a year ahead. Choose an earlier date.</source>
        <translation>%1 సమయం ఇప్పటి నుండి ఒక సంవత్సరం కంటే ఎక్కువ దూరంలో ఉంది. ఇంతకంటే ముందు తేదీని ఎంచుకోండి.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter why the customer will be contacted.</source>
        <translation>కస్టమర్‌ను ఎందుకు సంప్రదిస్తారో నమోదు చేయండి.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due on %1.</source>
        <translation>గడువు: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Required</source>
        <translation>తప్పనిసరి</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This call script has no follow-up sentence.</source>
        <translation>ఈ కాల్ స్క్రిప్ట్‌లో ఫాలో-అప్ వాక్యం లేదు.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Schedule a follow-up</source>
        <translation>ఫాలో-అప్‌ను షెడ్యూల్ చేయండి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Who will contact the customer:</source>
        <translation>కస్టమర్‌ను ఎవరు సంప్రదిస్తారు(&amp;W):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up owner</source>
        <translation>ఫాలో-అప్ బాధ్యులు</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;hen (your local time):</source>
        <translation>ఎప్పుడు(&amp;H) (మీ స్థానిక సమయం):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up date and time</source>
        <translation>ఫాలో-అప్ తేదీ, సమయం</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wh&amp;y:</source>
        <translation>కారణం(&amp;Y):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the follow-up</source>
        <translation>ఫాలో-అప్ కారణం</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: to confirm the refund has arrived</source>
        <translation>ఉదాహరణకు: రీఫండ్ అందిందని నిర్ధారించడానికి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read back to the customer:</source>
        <translation>కస్టమర్‌కు చదివి వినిపించండి:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up sentence</source>
        <translation>ఫాలో-అప్ వాక్యం</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Schedule</source>
        <translation>షెడ్యూల్ చేయి(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule follow-up</source>
        <translation>ఫాలో-అప్‌ను షెడ్యూల్ చేయండి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>రద్దు చేయి</translation>
    </message>
</context>
<context>
    <name>FollowUpsPane</name>
    <message>
        <location filename="../ui/panels/FollowUpsPane.cpp" line="+92"/>
        <source>Export the follow-up to a calendar</source>
        <translation>ఫాలో-అప్‌ను క్యాలెండర్‌కు ఎగుమతి చేయండి</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calendar files (*.ics)</source>
        <translation>క్యాలెండర్ ఫైల్‌లు (*.ics)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Loading the follow-ups…</source>
        <translation>ఫాలో-అప్‌లు లోడ్ అవుతున్నాయి…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Overdue: %1</source>
        <translation>గడువు మీరింది: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This follow-up was due on %1 and is overdue.</source>
        <translation>ఈ ఫాలో-అప్ గడువు %1, అది మీరిపోయింది.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+56"/>
        <source>Unknown customer</source>
        <translation>తెలియని కస్టమర్</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>No follow-ups are due.</source>
        <translation>గడువు ఉన్న ఫాలో-అప్‌లు ఏవీ లేవు.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open follow-ups: %1. Overdue: %2.</source>
        <translation>తెరిచి ఉన్న ఫాలో-అప్‌లు: %1. గడువు మీరినవి: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the first %1 are listed.</source>
        <translation>మొదటి %1 ఫాలో-అప్‌లు మాత్రమే చూపించాము.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Marked the follow-up with %1 as done.</source>
        <translation>ఫాలో-అప్ పూర్తయినట్లు గుర్తించాము: %1.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Saved the calendar entry to %1.</source>
        <translation>క్యాలెండర్ ఎంట్రీని %1లో సేవ్ చేశాము.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Follow-ups due</source>
        <translation>గడువు ఉన్న ఫాలో-అప్‌లు</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>గడువు</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>కస్టమర్</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>కారణం</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups due, overdue first</source>
        <translation>గడువు ఉన్న ఫాలో-అప్‌లు, గడువు మీరినవి ముందు</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark done</source>
        <translation>పూర్తయినట్లు గుర్తించు(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected follow-up done</source>
        <translation>ఎంచుకున్న ఫాలో-అప్‌ను పూర్తయినట్లు గుర్తించండి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport to calendar (.ics)…</source>
        <translation>క్యాలెండర్‌కు ఎగుమతి చేయి(&amp;X) (.ics)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the selected follow-up to a calendar file</source>
        <translation>ఎంచుకున్న ఫాలో-అప్‌ను క్యాలెండర్ ఫైల్‌కు ఎగుమతి చేయండి</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../ui/models/HistoryModel.cpp" line="+274"/>
        <source>Inbound</source>
        <comment>from the customer to us</comment>
        <translation>ఇన్‌బౌండ్</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outbound</source>
        <comment>from us to the customer</comment>
        <translation>అవుట్‌బౌండ్</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>When</source>
        <extracomment>History column: date and time of the contact</extracomment>
        <translation>సమయం</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channel</source>
        <extracomment>History column: phone, e-mail, letter...</extracomment>
        <translation>ఛానెల్</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Direction</source>
        <extracomment>History column: inbound or outbound</extracomment>
        <translation>దిశ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent</source>
        <extracomment>History column: who handled the contact</extracomment>
        <translation>ఏజెంట్</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subject</source>
        <extracomment>History column</extracomment>
        <translation>విషయం</translation>
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
        <translation>చరిత్ర లోడ్ అవుతోంది…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contact in this history matches the filters.</source>
        <translation>ఈ చరిత్రలో ఏ సంప్రదింపూ ఈ ఫిల్టర్‌లకు సరిపోలడం లేదు.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reading the call&apos;s timeline…</source>
        <translation>కాల్ కాలక్రమం చదువుతోంది…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline of the call:</source>
        <translation>కాల్ కాలక్రమం:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Channel:</source>
        <comment>history filter</comment>
        <translation>ఛానెల్:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the contacts of one channel</source>
        <translation>ఒక ఛానెల్ సంప్రదింపులను మాత్రమే చూపించు</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All channels</source>
        <translation>అన్ని ఛానెల్‌లు</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by words…</source>
        <translation>పదాలతో ఫిల్టర్ చేయండి…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the history by words in the subject, summary or notes</source>
        <translation>విషయం, సారాంశం లేదా నోట్స్‌లోని పదాలతో చరిత్రను ఫిల్టర్ చేయండి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer history</source>
        <translation>కస్టమర్ చరిత్ర</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Details</source>
        <translation>వివరాలు(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of the selected contact</source>
        <translation>ఎంచుకున్న సంప్రదింపు వివరాలు</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a contact to read its summary.</source>
        <translation>సారాంశం చదవడానికి ఒక సంప్రదింపును ఎంచుకోండి.</translation>
    </message>
</context>
<context>
    <name>HoldAlerts</name>
    <message>
        <location filename="../ui/platform/HoldAlerts.cpp" line="+61"/>
        <source>⚠ On hold %1 — %2</source>
        <comment>window title past a minute on hold: time on hold, usual title</comment>
        <translation>⚠ హోల్డ్‌లో %1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On hold %1 — %2</source>
        <comment>window title: time on hold, usual title</comment>
        <translation>హోల్డ్‌లో %1 — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ On hold %1 — %2 — %3</source>
        <comment>window title past a minute on hold: time on hold, customer, usual title</comment>
        <translation>⚠ హోల్డ్‌లో %1 — %2 — %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On hold %1 — %2 — %3</source>
        <comment>window title: time on hold, customer, usual title</comment>
        <translation>హోల్డ్‌లో %1 — %2 — %3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The customer has been on hold for %1. Return to them and apologise.</source>
        <translation>కస్టమర్ హోల్డ్‌లో ఉన్నారు; హోల్డ్ సమయం: %1. కస్టమర్‌తో మళ్లీ మాట్లాడి, వేచి ఉంచినందుకు క్షమాపణ చెప్పండి.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has been on hold for %2. Return to the customer and apologise.</source>
        <translation>%1 హోల్డ్‌లో ఉన్నారు; హోల్డ్ సమయం: %2. కస్టమర్‌తో మళ్లీ మాట్లాడి, వేచి ఉంచినందుకు క్షమాపణ చెప్పండి.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer on hold</source>
        <translation>కస్టమర్ హోల్డ్‌లో ఉన్నారు</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Sound when a customer waits on hold</source>
        <translation>కస్టమర్ హోల్డ్‌లో వేచి ఉన్నప్పుడు శబ్దం(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play a sound when a customer has waited on hold for a minute, and at each reminder after</source>
        <translation>కస్టమర్ ఒక నిమిషం పాటు హోల్డ్‌లో వేచి ఉన్నప్పుడు, ఆ తర్వాత ప్రతి రిమైండర్‌కూ శబ్దం వినిపించు</translation>
    </message>
</context>
<context>
    <name>HoldTimerWidget</name>
    <message>
        <location filename="../ui/panels/HoldTimerWidget.cpp" line="+220"/>
        <source>Hold timer</source>
        <translation>హోల్డ్ టైమర్</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the caller on hold</source>
        <translation>కాలర్‌ను హోల్డ్‌లో ఉంచండి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the caller on hold (Ctrl+H)</source>
        <translation>కాలర్‌ను హోల్డ్‌లో ఉంచండి (Ctrl+H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put on &amp;hold</source>
        <translation>హోల్డ్‌లో ఉంచు(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume</source>
        <comment>verb: take the caller off hold</comment>
        <translation>కొనసాగించు(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume the call</source>
        <translation>కాల్‌ను కొనసాగించండి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the caller off hold (Ctrl+R)</source>
        <translation>కాలర్‌ను హోల్డ్ నుండి తీయండి (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume the call</source>
        <translation>కాల్‌ను కొనసాగించు(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hold for over a minute — return to the customer and apologise</source>
        <translation>ఒక నిమిషానికి పైగా హోల్డ్‌లో ఉన్నారు — కస్టమర్‌తో మళ్లీ మాట్లాడి క్షమాపణ చెప్పండి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold warning</source>
        <translation>హోల్డ్ హెచ్చరిక</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When you return, thank the customer and apologise for the wait.</source>
        <translation>తిరిగి వచ్చినప్పుడు, కస్టమర్‌కు ధన్యవాదాలు చెప్పి, వేచి ఉంచినందుకు క్షమాపణ చెప్పండి.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When you return, say:</source>
        <translation>తిరిగి వచ్చినప్పుడు ఇలా చెప్పండి:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apologise for the hold:</source>
        <translation>హోల్డ్‌లో ఉంచినందుకు క్షమాపణ చెప్పండి:</translation>
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
        <translation>హోల్డ్‌లో ఉంచినందుకు క్షమాపణ చెప్పండి.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>H&amp;old</source>
        <comment>verb: put the caller on hold</comment>
        <translation>హోల్డ్‌లో ఉంచు(&amp;O)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Apology to say</source>
        <translation>చెప్పాల్సిన క్షమాపణ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I &amp;apologised for the wait</source>
        <translation>వేచి ఉంచినందుకు నేను క్షమాపణ చెప్పాను(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I apologised for the wait</source>
        <translation>వేచి ఉంచినందుకు నేను క్షమాపణ చెప్పాను</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick when you have thanked the customer for holding and apologised; it is recorded with the hold.</source>
        <translation>హోల్డ్‌లో ఉన్నందుకు కస్టమర్‌కు ధన్యవాదాలు చెప్పి, క్షమాపణ చెప్పిన తర్వాత దీన్ని టిక్ చేయండి; ఇది హోల్డ్‌తో పాటు నమోదవుతుంది.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time on hold</source>
        <translation>హోల్డ్‌లో ఉన్న సమయం</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On hold for over a minute: return to the customer and apologise</source>
        <translation>ఒక నిమిషానికి పైగా హోల్డ్‌లో ఉన్నారు: కస్టమర్‌తో మళ్లీ మాట్లాడి క్షమాపణ చెప్పండి</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The caller is on hold</source>
        <translation>కాలర్ హోల్డ్‌లో ఉన్నారు</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The caller is not on hold</source>
        <translation>కాలర్ హోల్డ్‌లో లేరు</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <location filename="../app/integration/ImportColumns.cpp" line="+108"/>
        <source>Salutation</source>
        <translation>సంబోధన</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>మొదటి పేరు</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>ఇంటి పేరు</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>ఫోన్</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other phones</source>
        <translation>ఇతర ఫోన్‌లు</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>ఈమెయిల్</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>చిరునామా</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>దేశం</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred language</source>
        <translation>ఇష్టమైన భాష</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <extracomment>Column of a customer file: free labels such as &quot;VIP&quot;</extracomment>
        <translation>ట్యాగ్‌లు</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not imported</source>
        <extracomment>Column of an imported file that fills no customer field</extracomment>
        <translation>దిగుమతి కాదు</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../ui/platform/ImportCommand.cpp" line="+61"/>
        <source>Imports customers from a CSV file (UTF-8 or UTF-16, comma or semicolon, a header line naming the columns). The file is only read. Rows that cannot be imported are listed with their line number.</source>
        <translation>CSV ఫైల్ నుండి కస్టమర్‌లను దిగుమతి చేస్తుంది (UTF-8 లేదా UTF-16, కామా లేదా సెమికోలన్, నిలువు వరుసల పేర్లతో శీర్షిక పంక్తి). ఫైల్ చదవబడుతుంది మాత్రమే. దిగుమతి కాని వరుసలు వాటి పంక్తి సంఖ్యతో జాబితా చేయబడతాయి.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit codes: 0 every row imported (duplicates skipped); 1 wrong command line; 2 the database could not be opened or written (nothing imported); 6 the file cannot be read (missing, unknown encoding, no name or phone column); 7 some rows were refused (the others imported, or none with --all-or-nothing).</source>
        <translation>నిష్క్రమణ కోడ్‌లు: 0 ప్రతి వరుస దిగుమతి అయింది (నకళ్లు వదిలివేయబడ్డాయి); 1 తప్పు కమాండ్ లైన్; 2 డేటాబేస్‌ను తెరవలేకపోయాము లేదా వ్రాయలేకపోయాము (ఏదీ దిగుమతి కాలేదు); 6 ఫైల్‌ను చదవలేము (లేదు, తెలియని ఎన్‌కోడింగ్, పేరు లేదా ఫోన్ నిలువు వరుస లేదు); 7 కొన్ని వరుసలు తిరస్కరించబడ్డాయి (మిగతావి దిగుమతి అయ్యాయి, లేదా --all-or-nothing తో ఏదీ కాలేదు).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Database to open: a file path, sqlite:PATH or postgresql://user@host:port/database. Default: the last one used, else a file in your data folder.</source>
        <extracomment>Command-line help; keep &quot;sqlite:&quot; and &quot;postgresql://&quot; as they are</extracomment>
        <translation>తెరవాల్సిన డేటాబేస్: ఫైల్ మార్గం, sqlite:PATH లేదా postgresql://user@host:port/database. డిఫాల్ట్: చివరిగా వాడినది, లేకపోతే మీ డేటా ఫోల్డర్‌లోని ఒక ఫైల్.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spec</source>
        <translation>spec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every row, the database&apos;s customers included, but store nothing.</source>
        <translation>ప్రతి వరుసను తనిఖీ చేయండి, డేటాబేస్ కస్టమర్‌లతో సహా, కానీ ఏదీ నిల్వ చేయవద్దు.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON object per row (the values as they would be stored, or why the row is refused), then a summary object.</source>
        <translation>ప్రతి వరుసకు ఒక JSON ఆబ్జెక్ట్ ముద్రించండి (నిల్వ అయ్యే విలువలు, లేదా వరుస ఎందుకు తిరస్కరించబడిందో), తర్వాత ఒక సారాంశ ఆబ్జెక్ట్.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encoding of a file that is not UTF-8, such as windows-1252. Without it such a file is refused.</source>
        <extracomment>Command-line help; keep &quot;windows-1252&quot; as it is</extracomment>
        <translation>UTF-8 కాని ఫైల్ ఎన్‌కోడింగ్, ఉదాహరణకు windows-1252. ఇది లేకుండా అలాంటి ఫైల్ తిరస్కరించబడుతుంది.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>పేరు</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import nothing when any row is refused.</source>
        <translation>ఏ వరుస తిరస్కరించబడినా ఏదీ దిగుమతి చేయవద్దు.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface language (en, hi, te, ur, ca).</source>
        <translation>ఇంటర్‌ఫేస్ భాష (en, hi, te, ur, ca).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>code</source>
        <translation>కోడ్</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CSV file to import.</source>
        <translation>దిగుమతి చేయాల్సిన CSV ఫైల్.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE.csv</source>
        <translation>FILE.csv</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name one CSV file to import.</source>
        <translation>దిగుమతి చేయడానికి ఒక CSV ఫైల్ పేర్కొనండి.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Line %1 is not UTF-8 text, so nothing was imported. Name the file&apos;s encoding with --encoding, for example --encoding windows-1252.</source>
        <translation>పంక్తి %1 UTF-8 పాఠ్యం కాదు, కాబట్టి ఏదీ దిగుమతి కాలేదు. ఫైల్ ఎన్‌కోడింగ్‌ను --encoding తో పేర్కొనండి, ఉదాహరణకు --encoding windows-1252.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1 is not UTF-8 text, so nothing was imported. The file looks like %2: if that is right, run the import again with --encoding %2.</source>
        <translation>పంక్తి %1 UTF-8 పాఠ్యం కాదు, కాబట్టి ఏదీ దిగుమతి కాలేదు. ఫైల్ %2 లా కనిపిస్తోంది: అది సరైనదైతే, --encoding %2 తో దిగుమతిని మళ్లీ అమలు చేయండి.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reading the file: %1%</source>
        <translation>ఫైల్ చదువుతోంది: %1%</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported: %1</source>
        <translation>ఏదీ దిగుమతి కాలేదు: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <source>Line %1: %2</source>
        <translation>పంక్తి %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns not imported: %1</source>
        <translation>దిగుమతి కాని నిలువు వరుసలు: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n customer(s) imported.</source>
        <translation>
            <numerusform>%n కస్టమర్ దిగుమతి అయ్యారు.</numerusform>
            <numerusform>%n కస్టమర్‌లు దిగుమతి అయ్యారు.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Dry run: %n customer(s) would be imported; nothing was stored.</source>
        <translation>
            <numerusform>పరీక్ష: %n కస్టమర్ దిగుమతి అయ్యేవారు; ఏదీ నిల్వ కాలేదు.</numerusform>
            <numerusform>పరీక్ష: %n కస్టమర్‌లు దిగుమతి అయ్యేవారు; ఏదీ నిల్వ కాలేదు.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Nothing was imported: %n row(s) were refused and --all-or-nothing was given.</source>
        <translation>
            <numerusform>ఏదీ దిగుమతి కాలేదు: %n వరుస తిరస్కరించబడింది, --all-or-nothing ఇవ్వబడింది.</numerusform>
            <numerusform>ఏదీ దిగుమతి కాలేదు: %n వరుసలు తిరస్కరించబడ్డాయి, --all-or-nothing ఇవ్వబడింది.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>%n నకలు వదిలివేయబడింది.</numerusform>
            <numerusform>%n నకళ్లు వదిలివేయబడ్డాయి.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) refused.</source>
        <translation>
            <numerusform>%n వరుస తిరస్కరించబడింది.</numerusform>
            <numerusform>%n వరుసలు తిరస్కరించబడ్డాయి.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="+56"/>
        <location line="+113"/>
        <source>Import customers</source>
        <translation>కస్టమర్‌లను దిగుమతి చేయండి</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>File to import</source>
        <translation>దిగుమతి చేయాల్సిన ఫైల్</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>ఫైల్ ఎంచుకోండి…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Encoding of the file</source>
        <translation>ఫైల్ ఎన్‌కోడింగ్</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read with this encoding</source>
        <translation>ఈ ఎన్‌కోడింగ్‌తో చదవండి</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>First rows, as they will be stored</source>
        <translation>మొదటి వరుసలు, నిల్వ అయ్యే విధంగా</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rows that cannot be imported</source>
        <translation>దిగుమతి కాలేని వరుసలు</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>పంక్తి</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>కారణం</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import the good rows</source>
        <translation>సరైన వరుసలను దిగుమతి చేయండి</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import nothing if any row is refused</source>
        <translation>ఏ వరుస తిరస్కరించబడినా ఏదీ దిగుమతి చేయవద్దు</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Progress</source>
        <translation>పురోగతి</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import</source>
        <translation>దిగుమతి చేయండి</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV ఫైళ్లు (*.csv *.txt);;అన్ని ఫైళ్లు (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the file…</source>
        <translation>ఫైల్ చదువుతోంది…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Line %1 is not UTF-8 text. Choose the encoding the file was saved in.</source>
        <translation>పంక్తి %1 UTF-8 పాఠ్యం కాదు. ఫైల్ సేవ్ చేసిన ఎన్‌కోడింగ్‌ను ఎంచుకోండి.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1 is not UTF-8 text. It looks like %2: check the names in the preview after reading it.</source>
        <translation>పంక్తి %1 UTF-8 పాఠ్యం కాదు. ఇది %2 లా కనిపిస్తోంది: చదివిన తర్వాత ప్రివ్యూలో పేర్లను తనిఖీ చేయండి.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>semicolon</source>
        <translation>సెమికోలన్</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>comma</source>
        <translation>కామా</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encoding: %1. Delimiter: %2.</source>
        <extracomment>%1 is an encoding such as UTF-8, %2 the delimiter (comma or semicolon)</extracomment>
        <translation>ఎన్‌కోడింగ్: %1. విభాజకం: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every column is imported.</source>
        <translation>ప్రతి నిలువు వరుస దిగుమతి అవుతుంది.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns not imported: %1</source>
        <translation>దిగుమతి కాని నిలువు వరుసలు: %1</translation>
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
            <numerusform>%n కస్టమర్ దిగుమతికి సిద్ధంగా ఉన్నారు.</numerusform>
            <numerusform>%n కస్టమర్‌లు దిగుమతికి సిద్ధంగా ఉన్నారు.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n duplicate(s) will be skipped.</source>
        <translation>
            <numerusform>%n నకలు వదిలివేయబడుతుంది.</numerusform>
            <numerusform>%n నకళ్లు వదిలివేయబడతాయి.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) cannot be imported.</source>
        <translation>
            <numerusform>%n వరుస దిగుమతి కాలేదు.</numerusform>
            <numerusform>%n వరుసలు దిగుమతి కాలేవు.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nothing was imported: %1</source>
        <translation>ఏదీ దిగుమతి కాలేదు: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The import was cancelled; the customers are as they were before.</source>
        <translation>దిగుమతి రద్దు చేయబడింది; కస్టమర్‌లు మునుపటిలాగే ఉన్నారు.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Nothing was imported: %n row(s) cannot be imported, and you chose to import nothing then.</source>
        <translation>
            <numerusform>ఏదీ దిగుమతి కాలేదు: %n వరుస దిగుమతి కాలేదు, అప్పుడు ఏదీ దిగుమతి చేయవద్దని మీరు ఎంచుకున్నారు.</numerusform>
            <numerusform>ఏదీ దిగుమతి కాలేదు: %n వరుసలు దిగుమతి కాలేవు, అప్పుడు ఏదీ దిగుమతి చేయవద్దని మీరు ఎంచుకున్నారు.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n customer(s) imported.</source>
        <translation>
            <numerusform>%n కస్టమర్ దిగుమతి అయ్యారు.</numerusform>
            <numerusform>%n కస్టమర్‌లు దిగుమతి అయ్యారు.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>%n నకలు వదిలివేయబడింది.</numerusform>
            <numerusform>%n నకళ్లు వదిలివేయబడ్డాయి.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n row(s) not imported.</source>
        <translation>
            <numerusform>%n వరుస దిగుమతి కాలేదు.</numerusform>
            <numerusform>%n వరుసలు దిగుమతి కాలేదు.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel</source>
        <translation>రద్దు చేయండి</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>మూసివేయండి</translation>
    </message>
</context>
<context>
    <name>ImportExportFlow</name>
    <message>
        <location filename="../ui/windows/ImportExportFlow.cpp" line="+40"/>
        <location line="+9"/>
        <source>Export history</source>
        <translation>చరిత్రను ఎగుమతి చేయండి</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+9"/>
        <source>Export customers</source>
        <translation>కస్టమర్‌లను ఎగుమతి చేయండి</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ఫైళ్లు (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed</source>
        <translation>ఎగుమతి విఫలమైంది</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n history entry(s) saved to %1.</source>
        <translation>
            <numerusform>చరిత్రలో %n నమోదు %1 లో సేవ్ చేయబడింది.</numerusform>
            <numerusform>చరిత్రలో %n నమోదులు %1 లో సేవ్ చేయబడ్డాయి.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n customer(s) saved to %1.</source>
        <translation>
            <numerusform>%n కస్టమర్ %1 లో సేవ్ చేయబడ్డారు.</numerusform>
            <numerusform>%n కస్టమర్‌లు %1 లో సేవ్ చేయబడ్డారు.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportExportService</name>
    <message>
        <location filename="../app/services/ImportExportService.cpp" line="+97"/>
        <location line="+10"/>
        <source>The file %1 cannot be written.</source>
        <translation>ఫైల్ %1 ను వ్రాయలేము.</translation>
    </message>
</context>
<context>
    <name>ImportRow</name>
    <message>
        <location filename="../app/integration/ImportRow.cpp" line="+86"/>
        <source>A quoted field that starts on line %1 is never closed; the lines after it are read as new rows.</source>
        <translation>పంక్తి %1 వద్ద ప్రారంభమైన కోట్ చేసిన ఫీల్డ్ ఎప్పటికీ మూసివేయబడదు; దాని తర్వాతి పంక్తులు కొత్త వరుసలుగా చదవబడతాయి.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A quote mark stands inside a field: put the whole field in quotes and double each quote mark inside it.</source>
        <translation>ఒక ఫీల్డ్ లోపల కోట్ గుర్తు ఉంది: మొత్తం ఫీల్డ్‌ను కోట్‌లలో ఉంచి, లోపలి ప్రతి కోట్ గుర్తును రెండుసార్లు వ్రాయండి.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The row has %1 fields where the header has %2.</source>
        <translation>వరుసలో %1 ఫీల్డ్‌లు ఉన్నాయి, శీర్షికలో %2 ఉన్నాయి.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The column %1 holds a NUL byte.</source>
        <translation>నిలువు వరుస %1 లో NUL బైట్ ఉంది.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The value in the column %1 is longer than %2 characters.</source>
        <translation>నిలువు వరుస %1 లోని విలువ %2 అక్షరాల కంటే పొడవుగా ఉంది.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The column %1 holds a character that reverses the direction of text (U+202A–U+202E, U+2066–U+2069); such characters can disguise a value, so the row is not imported.</source>
        <translation>నిలువు వరుస %1 లో పాఠ్య దిశను మార్చే అక్షరం ఉంది (U+202A–U+202E, U+2066–U+2069); ఇలాంటి అక్షరాలు విలువను మరుగుపరచగలవు, కాబట్టి ఈ వరుస దిగుమతి కాదు.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The column %1 must hold a two-letter country code such as IN, PK or ES.</source>
        <translation>నిలువు వరుస %1 లో రెండు అక్షరాల దేశ కోడ్ ఉండాలి, ఉదాహరణకు IN, PK లేదా ES.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The column %1 must hold a language code such as hi, ur or ca.</source>
        <translation>నిలువు వరుస %1 లో భాషా కోడ్ ఉండాలి, ఉదాహరణకు hi, ur లేదా ca.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The column %1: %2</source>
        <extracomment>%1 is the column&apos;s name, %2 the reason the number is refused (a sentence)</extracomment>
        <translation>నిలువు వరుస %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The row has neither a name nor a phone number.</source>
        <translation>వరుసలో పేరు గానీ ఫోన్ నంబర్ గానీ లేదు.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../app/secrets/KeychainSecretStore.cpp" line="+79"/>
        <source>The system keychain is not available: check that it is running and unlocked, then try again.</source>
        <translation>సిస్టమ్ కీచైన్ అందుబాటులో లేదు: అది నడుస్తోందో, అన్‌లాక్ అయి ఉందో తనిఖీ చేసి, మళ్లీ ప్రయత్నించండి.</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../ui/windows/MainMenus.cpp" line="+67"/>
        <source>&amp;File</source>
        <translation>ఫైల్(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find customer…</source>
        <translation>కస్టమర్‌ను వెతుకు(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import customers…</source>
        <translation>కస్టమర్‌లను దిగుమతి చేయండి(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export customers…</source>
        <translation>కస్టమర్‌లను ఎగుమతి చేయండి(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;history…</source>
        <translation>చరిత్రను ఎగుమతి చేయండి(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>నిష్క్రమించు(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Call</source>
        <translation>కాల్(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>వీక్షణ(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>భాష(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>సహాయం(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Cordial</source>
        <translation>Cordial గురించి(&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About Cordial</source>
        <translation>Cordial గురించి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Cordial&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;An agent console for frontline customer service: who the customer is, what to say next, and never a long hold.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Cordial&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;ఫ్రంట్‌లైన్ కస్టమర్ సేవ కోసం ఏజెంట్ కన్సోల్: కస్టమర్ ఎవరు, తర్వాత ఏమి చెప్పాలి, ఎప్పుడూ సుదీర్ఘ హోల్డ్ ఉండదు.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="+371"/>
        <source>Language</source>
        <translation>భాష</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language “%1” is not available. Cordial continues in English.</source>
        <translation>“%1” భాష అందుబాటులో లేదు. Cordial ఆంగ్లంలో కొనసాగుతుంది.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Call console</source>
        <translation>కాల్ కన్సోల్</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>స్థితి</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>H&amp;istory</source>
        <translation>చరిత్ర(&amp;I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call not&amp;es:</source>
        <translation>కాల్ నోట్స్(&amp;E):</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 or more customers</source>
        <translation>%1 లేదా అంతకంటే ఎక్కువ కస్టమర్‌లు</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Changes not saved yet</source>
        <translation>మార్పులు ఇంకా సేవ్ కాలేదు</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) of the call could not be saved to the database yet. They are kept on this computer and saved the next time Cordial starts.</source>
        <translation>
            <numerusform>కాల్‌లోని %n మార్పును ఇంకా డేటాబేస్‌లో సేవ్ చేయలేకపోయాం. అది ఈ కంప్యూటర్‌లో భద్రంగా ఉంది, Cordial మళ్లీ ప్రారంభమైనప్పుడు సేవ్ అవుతుంది.</numerusform>
            <numerusform>కాల్‌లోని %n మార్పులను ఇంకా డేటాబేస్‌లో సేవ్ చేయలేకపోయాం. అవి ఈ కంప్యూటర్‌లో భద్రంగా ఉన్నాయి, Cordial మళ్లీ ప్రారంభమైనప్పుడు సేవ్ అవుతాయి.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Follow-&amp;ups due</source>
        <translation>గడువు ఉన్న ఫాలో-అప్‌లు(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>History and follow-ups</source>
        <translation>చరిత్ర, ఫాలో-అప్‌లు</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Database: %1</source>
        <translation>డేటాబేస్: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n కస్టమర్</numerusform>
            <numerusform>%n కస్టమర్‌లు</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Customer count unavailable</source>
        <translation>కస్టమర్‌ల సంఖ్య అందుబాటులో లేదు</translation>
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
        <translation>%1లో ఒక కార్డును విలీనం చేయండి</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the other card of this customer by name, phone or e-mail. Its calls, notes, follow-ups and history move to this card, and it leaves the search.</source>
        <translation>ఈ కస్టమర్ మరో కార్డును పేరు, ఫోన్ లేదా ఈమెయిల్‌తో కనుగొనండి. దాని కాల్‌లు, నోట్స్, ఫాలో-అప్‌లు, చరిత్ర ఈ కార్డుకు వస్తాయి, అది శోధనలో ఇక కనిపించదు.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find the other card:</source>
        <translation>మరో కార్డును కనుగొనండి(&amp;F):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find the other card</source>
        <translation>మరో కార్డును కనుగొనండి</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cards found</source>
        <translation>దొరికిన కార్డులు</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pick the value to keep where the cards differ. Phone numbers and tags of both cards are kept.</source>
        <translation>కార్డులు వేరుగా ఉన్న చోట ఉంచాల్సిన విలువను ఎంచుకోండి. రెండు కార్డుల ఫోన్ నంబర్లు, ట్యాగ్‌లు ఉంచబడతాయి.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+196"/>
        <source>&amp;Merge cards</source>
        <translation>కార్డులను విలీనం చేయి(&amp;M)</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>Merge the cards</source>
        <translation>కార్డులను విలీనం చేయండి</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>This card</source>
        <translation>ఈ కార్డు</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other card</source>
        <translation>మరో కార్డు</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No other card chosen yet.</source>
        <translation>ఇంకా మరో కార్డును ఎంచుకోలేదు.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(empty)</source>
        <translation>(ఖాళీ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of this card: %2</source>
        <translation>ఈ కార్డు %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of the other card: %2</source>
        <translation>మరో కార్డు %1: %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+8"/>
        <source>Merge cards</source>
        <translation>కార్డులను విలీనం చేయండి</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Merge the card of %1 into the card of %2? Its history moves and it leaves the search. This cannot be undone.</source>
        <extracomment>%1 the card merged away, %2 the card kept</extracomment>
        <translation>%1 కార్డును %2 కార్డులో విలీనం చేయాలా? దాని చరిత్ర కూడా వస్తుంది, అది శోధనలో ఇక కనిపించదు. దీన్ని రద్దు చేయలేరు.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Do not merge</source>
        <translation>విలీనం చేయవద్దు</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Merging…</source>
        <translation>విలీనం అవుతోంది…</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../app/storage/Migrations.cpp" line="+66"/>
        <source>The database %1 was written by a newer version of Cordial (schema %2; this version knows up to %3). It was left untouched: update Cordial to open it.</source>
        <translation>%1 డేటాబేస్‌ను Cordial కొత్త వెర్షన్ రాసింది (స్కీమా %2; ఈ వెర్షన్‌కు %3 వరకు మాత్రమే తెలుసు). దాన్ని మార్చలేదు: దాన్ని తెరవడానికి Cordialను అప్‌డేట్ చేయండి.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The database %1 has no Cordial tables yet. An administrator must set it up first with “%2”.</source>
        <translation>డేటాబేస్ %1లో ఇంకా Cordial పట్టికలు ఏవీ లేవు. ముందుగా ఒక నిర్వాహకుడు “%2”తో దీన్ని సిద్ధం చేయాలి.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database %1 has schema %2, older than this version of Cordial needs (%3). It was left untouched: an administrator must update it first with “%4”.</source>
        <translation>%1 డేటాబేస్ స్కీమా %2; ఇది Cordial ఈ వెర్షన్‌కు కావలసిన స్కీమా (%3) కంటే పాతది. దీన్ని మార్చలేదు: ముందుగా ఒక నిర్వాహకుడు “%4”తో దీన్ని అప్‌డేట్ చేయాలి.</translation>
    </message>
</context>
<context>
    <name>NewCallDialog</name>
    <message>
        <location filename="../ui/dialogs/NewCallDialog.cpp" line="+181"/>
        <location line="+95"/>
        <source>Looking up the number…</source>
        <translation>నంబర్ కోసం వెతుకుతోంది…</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Known customer: %1</source>
        <translation>తెలిసిన కస్టమర్: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No customer has this number: a new customer card will be created.</source>
        <translation>ఈ నంబర్‌తో కస్టమర్ ఎవరూ లేరు: కొత్త కస్టమర్ కార్డ్ సృష్టించబడుతుంది.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without a number, a new customer card is created (in person only).</source>
        <translation>నంబర్ లేకుండా కొత్త కస్టమర్ కార్డ్ సృష్టించబడుతుంది (వ్యక్తిగతంగా మాత్రమే).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 has no phone number to call back.</source>
        <translation>%1 కార్డ్‌లో తిరిగి కాల్ చేయడానికి ఫోన్ నంబర్ లేదు.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the customer&apos;s phone number.</source>
        <translation>కస్టమర్ ఫోన్ నంబర్‌ను నమోదు చేయండి.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Enter the new customer&apos;s name: a given name, a family name or both.</source>
        <translation>కొత్త కస్టమర్ పేరును నమోదు చేయండి: మొదటి పేరు, ఇంటి పేరు లేదా రెండూ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving the new customer card…</source>
        <translation>కొత్త కస్టమర్ కార్డ్‌ను సేవ్ చేస్తోంది…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new customer card could not be saved: %1</source>
        <translation>కొత్త కస్టమర్ కార్డ్‌ను సేవ్ చేయలేకపోయాము: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New call</source>
        <translation>కొత్త కాల్</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the &amp;selected customer: %1</source>
        <translation>ఎంచుకున్న కస్టమర్‌తో(&amp;S): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the &amp;selected customer (none selected)</source>
        <translation>ఎంచుకున్న కస్టమర్‌తో(&amp;S) (ఎవరూ ఎంచుకోలేదు)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call the selected customer</source>
        <translation>ఎంచుకున్న కస్టమర్‌కు కాల్ చేయండి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a phone &amp;number:</source>
        <translation>ఫోన్ నంబర్‌తో(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call by phone number</source>
        <translation>ఫోన్ నంబర్‌తో కాల్ చేయండి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number</source>
        <translation>ఫోన్ నంబర్</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+91 98480 22338</source>
        <translation>+91 98480 22338</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customer card</source>
        <translation>కొత్త కస్టమర్ కార్డ్</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sal&amp;utation:</source>
        <translation>సంబోధన(&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salutation</source>
        <translation>సంబోధన</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ms.</source>
        <translation>శ్రీమతి</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mr.</source>
        <translation>శ్రీ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mx.</source>
        <translation>గౌరవనీయ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dr.</source>
        <translation>డా.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Given name:</source>
        <translation>మొదటి పేరు(&amp;G):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>మొదటి పేరు</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Family name:</source>
        <translation>ఇంటి పేరు(&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>ఇంటి పేరు</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>భాష(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer&apos;s preferred language</source>
        <translation>కస్టమర్ ఇష్టపడే భాష</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channel:</source>
        <translation>ఛానెల్(&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>ఛానెల్</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incoming phone call</source>
        <translation>ఇన్‌కమింగ్ ఫోన్ కాల్</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In person</source>
        <translation>వ్యక్తిగతంగా</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Callback (you call the customer)</source>
        <translation>కాల్‌బ్యాక్ (మీరు కస్టమర్‌కు కాల్ చేస్తారు)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>సమస్య</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tart call</source>
        <translation>కాల్ ప్రారంభించు(&amp;T)</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <location filename="../ui/panels/NotesEditor.cpp" line="+118"/>
        <source>The pasted text is too long for a note (%1 characters; at most %2). Nothing was pasted: paste a shorter extract.</source>
        <translation>అతికించిన పాఠ్యం నోట్‌కు చాలా పొడవుగా ఉంది (%1 అక్షరాలు; గరిష్ఠంగా %2). ఏదీ అతికించలేదు: చిన్న భాగాన్ని అతికించండి.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pasted %1 characters into the notes. They are saved with the call; card numbers are masked.</source>
        <translation>నోట్స్‌లో %1 అక్షరాలు అతికించబడ్డాయి. అవి కాల్‌తో పాటు సేవ్ అవుతాయి; కార్డ్ నంబర్‌లు దాచబడతాయి.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Call notes</source>
        <translation>కాల్ నోట్స్</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes for this call. Saved as you type; card numbers are masked.</source>
        <translation>ఈ కాల్ కోసం నోట్స్. మీరు టైప్ చేస్తుండగానే సేవ్ అవుతాయి; కార్డ్ నంబర్‌లు దాచబడతాయి.</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../ui/panels/NoticeBanner.cpp" line="+40"/>
        <source>Details</source>
        <translation>వివరాలు</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Details…</source>
        <translation>వివరాలు…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical details of the notice</source>
        <translation>సూచనకు సంబంధించిన సాంకేతిక వివరాలు</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <extracomment>Button that removes the notice banner once the agent has read it</extracomment>
        <translation>తీసివేయండి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the notice</source>
        <translation>సూచనను తీసివేయండి</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../ui/dialogs/PaymentDialog.cpp" line="+228"/>
        <source>Enter the name exactly as it is printed on the card.</source>
        <translation>కార్డ్‌పై ముద్రించిన విధంగానే పేరును నమోదు చేయండి.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name contains a card number. Type the card number in its own field.</source>
        <translation>పేరులో కార్డ్ నంబర్ ఉంది. కార్డ్ నంబర్‌ను దాని సొంత ఫీల్డ్‌లో టైప్ చేయండి.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the card number; spaces and dashes are fine.</source>
        <translation>కార్డ్ నంబర్‌ను నమోదు చేయండి; ఖాళీలు, డాష్‌లు ఉన్నా పర్వాలేదు.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Valid %1 card ending in %2.</source>
        <translation>%2తో ముగిసే చెల్లుబాటయ్యే %1 కార్డ్.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter the expiry date as MM/YY, for example 05/29.</source>
        <translation>గడువు తేదీని MM/YY రూపంలో నమోదు చేయండి, ఉదాహరణకు 05/29.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Valid until the end of %1.</source>
        <extracomment>%1 is the month and year in words (&quot;September 2029&quot;).</extracomment>
        <translation>%1 చివరి వరకు చెల్లుబాటు అవుతుంది.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Name on the card: %1. %2 ending in %3, expiry %4.</source>
        <translation>కార్డ్‌పై పేరు: %1. %2, చివరి అంకెలు %3, గడువు %4.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Payment read-back</source>
        <translation>చెల్లింపు వివరాల నిర్ధారణ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the card details as the customer gives them, then read the sentence below back to the customer.</source>
        <translation>కస్టమర్ చెప్పినట్లుగా కార్డ్ వివరాలను టైప్ చేసి, ఆపై కింది వాక్యాన్ని కస్టమర్‌కు చదివి వినిపించండి.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name on card:</source>
        <translation>కార్డ్‌పై పేరు(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name on card</source>
        <translation>కార్డ్‌పై పేరు</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card n&amp;umber:</source>
        <translation>కార్డ్ నంబర్(&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card number</source>
        <translation>కార్డ్ నంబర్</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digits, spaces or dashes</source>
        <translation>అంకెలు, ఖాళీలు లేదా డాష్‌లు</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expiry (MM/YY):</source>
        <translation>గడువు(&amp;E) (MM/YY):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry date, month and year</source>
        <translation>గడువు తేదీ: నెల, సంవత్సరం</translation>
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
        <translation>కస్టమర్‌కు చదివి వినిపించండి:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-back sentence</source>
        <translation>చదివి వినిపించాల్సిన వాక్యం</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read back the name, the brand, the last four digits and the expiry, never the full number. Only these are saved; the number is erased when this window closes.</source>
        <translation>పేరు, బ్రాండ్, చివరి నాలుగు అంకెలు, గడువు తేదీని మాత్రమే చదివి వినిపించండి, పూర్తి నంబర్‌ను ఎప్పుడూ చదవకండి. ఇవి మాత్రమే సేవ్ అవుతాయి; ఈ విండో మూసివేయగానే నంబర్ తొలగించబడుతుంది.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Confirm read-back</source>
        <translation>నిర్ధారించు(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm read-back</source>
        <translation>చదివి వినిపించినట్లు నిర్ధారించండి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>రద్దు చేయి</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <location filename="../app/domain/PhoneNumber.cpp" line="+46"/>
        <source>“%1” does not start with a country code: check the digits after the “+”.</source>
        <translation>“%1” దేశ కోడ్‌తో మొదలవడం లేదు: “+” తర్వాతి అంకెలను సరిచూసుకోండి.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is too long to be a phone number.</source>
        <translation>“%1” ఫోన్ నంబర్ కావడానికి చాలా పొడవుగా ఉంది.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is too long for a phone number with the country code +%2.</source>
        <translation>దేశ కోడ్ +%2 ఉన్న ఫోన్ నంబర్‌కు “%1” చాలా పొడవుగా ఉంది.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>“%1” is not a phone number: it contains the character “%2”.</source>
        <translation>“%1” ఫోన్ నంబర్ కాదు: ఇందులో “%2” అక్షరం ఉంది.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” holds no digits: enter the phone number.</source>
        <translation>“%1”లో అంకెలు లేవు: ఫోన్ నంబర్ నమోదు చేయండి.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A phone number has at most %1 digits, country code included; this one has %2. Check the number with the customer.</source>
        <extracomment>%1 is the most digits a phone number has (15), %2 how many were typed (more).</extracomment>
        <translation>ఫోన్ నంబర్‌లో దేశ కోడ్‌తో కలిపి గరిష్ఠంగా %1 అంకెలు ఉంటాయి; ఇందులో %2 అంకెలు ఉన్నాయి. కస్టమర్‌తో నంబర్‌ను సరిచూసుకోండి.</translation>
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
        <translation>వెనక్కి తీసుకో(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>మళ్లీ చేయి(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>కత్తిరించు(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>కాపీ చేయి(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>అతికించు(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>తొలగించు</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>అన్నీ ఎంచుకో</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+15"/>
        <source>Show Details...</source>
        <translation>వివరాలు చూపించు...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>వివరాలు దాచు...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-35"/>
        <source>OK</source>
        <translation>సరే</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>రద్దు చేయండి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>అవును(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>వద్దు(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>మూసివేయండి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>సేవ్ చేయండి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>తెరవండి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>విస్మరించండి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>వర్తింపజేయండి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>సహాయం</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+14"/>
        <source>&amp;Undo</source>
        <translation>వెనక్కి తీసుకో(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>మళ్లీ చేయి(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>కత్తిరించు(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>కాపీ చేయి(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>అతికించు(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>తొలగించు</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>అన్నీ ఎంచుకో</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <location filename="../ui/windows/QuitGuard.cpp" line="+28"/>
        <source>Quit Cordial?</source>
        <translation>Cordial నుండి నిష్క్రమించాలా?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A call is open. Quit anyway?</source>
        <translation>ఒక కాల్ ఇంకా తెరిచి ఉంది. అయినా నిష్క్రమించాలా?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The call is offered back to you when you start Cordial again.</source>
        <translation>మీరు Cordialను మళ్లీ ప్రారంభించినప్పుడు ఈ కాల్ మీకు తిరిగి అందించబడుతుంది.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stay in the call</source>
        <translation>కాల్‌లోనే ఉండు(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit anyway</source>
        <translation>అయినా నిష్క్రమించు(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>RequestCapture</name>
    <message>
        <location filename="../ui/panels/RequestCapture.cpp" line="+159"/>
        <source>What the customer wants</source>
        <translation>కస్టమర్‌కు ఏమి కావాలి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;quest:</source>
        <translation>అభ్యర్థన(&amp;Q):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer request</source>
        <translation>కస్టమర్ అభ్యర్థన</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. two more CDs</source>
        <translation>ఉదా. మరో రెండు సీడీలు</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fills the restate and closing lines of the script (Ctrl+Shift+Q)</source>
        <translation>స్క్రిప్ట్‌లోని అభ్యర్థన నిర్ధారణ, ముగింపు వాక్యాలను నింపుతుంది (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;tails:</source>
        <translation>వివరాలు(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request details</source>
        <translation>అభ్యర్థన వివరాలు</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional</source>
        <translation>ఐచ్ఛికం</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addre&amp;ss:</source>
        <translation>చిరునామా(&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery address</source>
        <translation>డెలివరీ చిరునామా</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional; the customer card&apos;s address otherwise</source>
        <translation>ఐచ్ఛికం; లేకపోతే కస్టమర్ కార్డ్‌లోని చిరునామా</translation>
    </message>
</context>
<context>
    <name>SaveBacklogBanner</name>
    <message>
        <location filename="../ui/panels/SaveBacklogBanner.cpp" line="+45"/>
        <source>Changes not saved yet</source>
        <translation>మార్పులు ఇంకా సేవ్ కాలేదు</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n change(s) of the call are not saved yet: the database cannot take them now. They are kept in order on this computer and saved as soon as it can; nothing you typed is lost.</source>
        <translation>
            <numerusform>కాల్‌లోని %n మార్పు ఇంకా సేవ్ కాలేదు: డేటాబేస్ ఇప్పుడు దాన్ని తీసుకోలేకపోతోంది. అది ఈ కంప్యూటర్‌లో ఉంచబడింది, వీలైన వెంటనే సేవ్ అవుతుంది; మీరు టైప్ చేసినదేదీ పోదు.</numerusform>
            <numerusform>కాల్‌లోని %n మార్పులు ఇంకా సేవ్ కాలేదు: డేటాబేస్ ఇప్పుడు వాటిని తీసుకోలేకపోతోంది. అవి క్రమంగా ఈ కంప్యూటర్‌లో ఉంచబడ్డాయి, వీలైన వెంటనే సేవ్ అవుతాయి; మీరు టైప్ చేసినదేదీ పోదు.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try again now</source>
        <translation>ఇప్పుడే మళ్లీ ప్రయత్నించండి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try saving the waiting changes again now</source>
        <translation>వేచి ఉన్న మార్పులను ఇప్పుడే మళ్లీ సేవ్ చేయడానికి ప్రయత్నించండి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details…</source>
        <translation>వివరాలు…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the changes are not saved</source>
        <translation>మార్పులు ఎందుకు సేవ్ కాలేదు</translation>
    </message>
</context>
<context>
    <name>ScriptFiller</name>
    <message>
        <location filename="../app/services/ScriptFiller.cpp" line="+71"/>
        <source>Type the customer&apos;s request in the request field to fill in this sentence.</source>
        <translation>ఈ వాక్యాన్ని పూరించడానికి అభ్యర్థన ఫీల్డ్‌లో కస్టమర్ అభ్యర్థనను టైప్ చేయండి.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This read-back is filled in once the payment card is taken.</source>
        <translation>చెల్లింపు కార్డ్ వివరాలు తీసుకున్న తర్వాత ఈ నిర్ధారణ వాక్యం పూరించబడుతుంది.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This sentence is filled in once the follow-up is scheduled.</source>
        <translation>ఫాలో-అప్ షెడ్యూల్ చేసిన తర్వాత ఈ వాక్యం పూరించబడుతుంది.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This sentence is filled in once the transfer target is chosen.</source>
        <translation>బదిలీ ఎవరికి చేయాలో ఎంచుకున్న తర్వాత ఈ వాక్యం పూరించబడుతుంది.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name for the greeting is not set.</source>
        <translation>పలకరింపు కోసం మీ పేరు సెట్ చేయలేదు.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This sentence needs the customer&apos;s name: choose or create the customer&apos;s card.</source>
        <translation>ఈ వాక్యానికి కస్టమర్ పేరు కావాలి: కస్టమర్ కార్డ్‌ను ఎంచుకోండి లేదా సృష్టించండి.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This sentence needs the customer&apos;s address: type it in the address field.</source>
        <translation>ఈ వాక్యానికి కస్టమర్ చిరునామా కావాలి: దాన్ని చిరునామా ఫీల్డ్‌లో టైప్ చేయండి.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The company name for the script is not set.</source>
        <translation>స్క్రిప్ట్ కోసం కంపెనీ పేరు సెట్ చేయలేదు.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This sentence needs a value that is not known yet.</source>
        <translation>ఈ వాక్యానికి ఇంకా తెలియని ఒక వివరం కావాలి.</translation>
    </message>
</context>
<context>
    <name>ScriptLibrary</name>
    <message>
        <location filename="../app/services/ScriptLibrary.cpp" line="+72"/>
        <source>The script file %1 has no text for &quot;%2&quot; in %3.</source>
        <translation>స్క్రిప్ట్ ఫైల్ %1లో, %3లో “%2” కోసం పాఠ్యం లేదు.</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+58"/>
        <source>The script file %1 cannot be read.</source>
        <translation>%1 స్క్రిప్ట్ ఫైల్‌ను చదవలేము.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The script file %1 says it is for &quot;%2&quot; (%3), which does not match where it is stored.</source>
        <translation>స్క్రిప్ట్ ఫైల్ %1 తాను “%2” (%3) కోసం అని చెబుతోంది, కానీ అది నిల్వ చేయబడిన స్థానానికి సరిపోలడం లేదు.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no call script for %1 and no English script to fall back on.</source>
        <translation>%1 కోసం కాల్ స్క్రిప్ట్ లేదు, ప్రత్యామ్నాయంగా ఉపయోగించడానికి ఆంగ్ల స్క్రిప్ట్ కూడా లేదు.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The script file %1 is not valid JSON (error at line %2, column %3).</source>
        <translation>స్క్రిప్ట్ ఫైల్ %1 చెల్లుబాటయ్యే JSON కాదు (పంక్తి %2, నిలువు వరుస %3 వద్ద లోపం).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The script file %1 must contain a JSON object.</source>
        <translation>స్క్రిప్ట్ ఫైల్ %1లో ఒక JSON ఆబ్జెక్ట్ ఉండాలి.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The script file %1 uses format %2; this version of Cordial reads format %3 or older.</source>
        <translation>స్క్రిప్ట్ ఫైల్ %1 ఫార్మాట్ %2ను ఉపయోగిస్తోంది; Cordial ఈ వెర్షన్ ఫార్మాట్ %3 లేదా అంతకంటే పాత ఫార్మాట్‌లను మాత్రమే చదువుతుంది.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file</source>
        <translation>ఫైల్ ప్రధాన భాగం</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The script file %1 names an unknown channel &quot;%2&quot;.</source>
        <translation>స్క్రిప్ట్ ఫైల్ %1లో తెలియని ఛానెల్ “%2” ఉంది.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The script file %1 has no &quot;steps&quot; list.</source>
        <translation>స్క్రిప్ట్ ఫైల్ %1లో “steps” జాబితా లేదు.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>step %1</source>
        <translation>దశ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the script file %1, %2 is not a JSON object.</source>
        <translation>స్క్రిప్ట్ ఫైల్ %1లో, %2 JSON ఆబ్జెక్ట్ కాదు.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The script file %1 has two steps with the id &quot;%2&quot;.</source>
        <translation>స్క్రిప్ట్ ఫైల్ %1లో “%2” ఐడీతో రెండు దశలు ఉన్నాయి.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In the script file %1, &quot;optional&quot; of step &quot;%2&quot; must be true or false.</source>
        <translation>స్క్రిప్ట్ ఫైల్ %1లో, దశ “%2”లోని “optional” విలువ true లేదా false అయి ఉండాలి.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In the script file %1, &quot;lines&quot; must be a JSON object.</source>
        <translation>స్క్రిప్ట్ ఫైల్ %1లో, “lines” ఒక JSON ఆబ్జెక్ట్ అయి ఉండాలి.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the script file %1, the line &quot;%2&quot; must be text.</source>
        <translation>స్క్రిప్ట్ ఫైల్ %1లో, “%2” పంక్తి పాఠ్యం అయి ఉండాలి.</translation>
    </message>
    <message>
        <location filename="../app/services/LanguageRulesFile.cpp" line="+58"/>
        <source>The language rules file %1 is not a valid JSON object.</source>
        <translation>భాషా నియమాల ఫైల్ %1 చెల్లుబాటయ్యే JSON ఆబ్జెక్ట్ కాదు.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The language rules file %1 does not say its language.</source>
        <translation>భాషా నియమాల ఫైల్ %1లో దాని భాష పేర్కొనలేదు.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the language rules file %1, &quot;%2&quot; is not in the documented form.</source>
        <translation>భాషా నియమాల ఫైల్ %1లో “%2” నిర్దేశిత రూపంలో లేదు.</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <location filename="../ui/panels/ScriptPanel.cpp" line="+266"/>
        <source>%1 (skipped)</source>
        <extracomment>A script step the agent chose not to say; %1 is the step&apos;s title in the script language</extracomment>
        <translation>%1 (దాటవేయబడింది)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Current step</source>
        <translation>ప్రస్తుత దశ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>దాటవేయబడింది</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Script &amp;language:</source>
        <translation>స్క్రిప్ట్ భాష(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Script language for this call</source>
        <translation>ఈ కాల్ కోసం స్క్రిప్ట్ భాష</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No call script is available.</source>
        <translation>కాల్ స్క్రిప్ట్ ఏదీ అందుబాటులో లేదు.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call script: %1</source>
        <translation>కాల్ స్క్రిప్ట్: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next step</source>
        <translation>తదుపరి దశ(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step</source>
        <translation>తదుపరి దశ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the current step and move to the next one (Ctrl+Return)</source>
        <translation>ప్రస్తుత దశను టిక్ చేసి, తదుపరి దశకు వెళ్లండి (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ne&amp;xt step</source>
        <translation>తదుపరి దశ(&amp;X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>S&amp;kip step</source>
        <translation>దశను దాటవేయి(&amp;K)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Skip step</source>
        <translation>దశను దాటవేయి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the current step out on purpose and move on (Ctrl+Shift+Return)</source>
        <translation>ప్రస్తుత దశను ఉద్దేశపూర్వకంగా వదిలి ముందుకు వెళ్లండి (Ctrl+Shift+Return)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call script steps</source>
        <translation>కాల్ స్క్రిప్ట్ దశలు</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Step %1: %2</source>
        <translation>దశ %1: %2</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>What to say in step %1</source>
        <translation>దశ %1లో ఏమి చెప్పాలి</translation>
    </message>
</context>
<context>
    <name>SqlErrors</name>
    <message>
        <location filename="../app/storage/CallRepository.cpp" line="+32"/>
        <source>The record no longer exists.</source>
        <translation>ఈ రికార్డ్ ఇప్పుడు లేదు.</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>The call record no longer exists.</source>
        <translation>కాల్ రికార్డ్ ఇప్పుడు లేదు.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The call is already closed or no longer exists.</source>
        <translation>కాల్ ఇప్పటికే మూసివేయబడింది లేదా ఇప్పుడు లేదు.</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>The note no longer exists.</source>
        <translation>నోట్ ఇప్పుడు లేదు.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The follow-up no longer exists.</source>
        <translation>ఫాలో-అప్ ఇప్పుడు లేదు.</translation>
    </message>
    <message>
        <location filename="../app/storage/CustomerEditRepository.cpp" line="+19"/>
        <location filename="../app/storage/CustomerMergeRepository.cpp" line="+45"/>
        <location line="+10"/>
        <location filename="../app/storage/CustomerRepository.cpp" line="+106"/>
        <source>The customer record no longer exists. Someone may have removed it.</source>
        <translation>కస్టమర్ రికార్డ్ ఇప్పుడు లేదు. ఎవరైనా దాన్ని తొలగించి ఉండవచ్చు.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This customer card was merged into another card. Open that card to change it.</source>
        <translation>ఈ కస్టమర్ కార్డు మరో కార్డులో విలీనం అయింది. మార్చడానికి ఆ కార్డును తెరవండి.</translation>
    </message>
    <message>
        <location filename="../app/storage/SqlErrors.cpp" line="+45"/>
        <source>The database server %1 does not let %2 sign in: the account may be disabled or not allowed from this computer. Ask your administrator.</source>
        <translation>డేటాబేస్ సర్వర్ %1, %2 ను సైన్ ఇన్ చేయనివ్వడం లేదు: ఖాతా నిలిపివేయబడి ఉండవచ్చు లేదా ఈ కంప్యూటర్ నుండి అనుమతి లేకపోవచ్చు. దయచేసి మీ నిర్వాహకుడిని సంప్రదించండి.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database server %1 refused the user name or password.</source>
        <translation>డేటాబేస్ సర్వర్ %1 వినియోగదారు పేరు లేదా పాస్‌వర్డ్‌ను తిరస్కరించింది.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database %1 does not exist on the server.</source>
        <translation>సర్వర్‌లో డేటాబేస్ %1 లేదు.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database server %1 cannot be reached. Check the address and your network connection, then try again.</source>
        <translation>%1 డేటాబేస్ సర్వర్‌ను చేరుకోలేకపోతున్నాము. చిరునామాను, మీ నెట్‌వర్క్ కనెక్షన్‌ను తనిఖీ చేసి, మళ్లీ ప్రయత్నించండి.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database %1 is busy with another user&apos;s change. Try again.</source>
        <translation>డేటాబేస్ %1 మరో వినియోగదారు చేస్తున్న మార్పుతో బిజీగా ఉంది. మళ్లీ ప్రయత్నించండి.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your account on the database %1 may not do this. Ask a supervisor or an administrator.</source>
        <translation>డేటాబేస్ %1 లో మీ ఖాతాకు ఇది చేసే అనుమతి లేదు. దయచేసి పర్యవేక్షకుడిని లేదా నిర్వాహకుడిని అడగండి.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database %1 cannot be opened.</source>
        <translation>%1 డేటాబేస్‌ను తెరవలేము.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+45"/>
        <source>The database %1 could not carry out the request.</source>
        <translation>డేటాబేస్ %1 అభ్యర్థనను పూర్తి చేయలేకపోయింది.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The database file %1 cannot be opened or created. Check that its folder exists and that you may write to it.</source>
        <translation>%1 డేటాబేస్ ఫైల్‌ను తెరవలేము లేదా సృష్టించలేము. దాని ఫోల్డర్ ఉందో, అందులో రాయడానికి మీకు అనుమతి ఉందో తనిఖీ చేయండి.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database file %1 is read-only. Check that you may write to it and to its folder.</source>
        <translation>డేటాబేస్ ఫైల్ %1 చదవడానికి మాత్రమే. ఆ ఫైల్‌లో, దాని ఫోల్డర్‌లో రాయడానికి మీకు అనుమతి ఉందో తనిఖీ చేయండి.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk that holds the database file %1 is full.</source>
        <translation>డేటాబేస్ ఫైల్ %1 ఉన్న డిస్క్ నిండిపోయింది.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database file %1 could not be read or written.</source>
        <translation>%1 డేటాబేస్ ఫైల్‌ను చదవలేకపోయాము లేదా అందులో రాయలేకపోయాము.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database file %1 cannot be opened.</source>
        <translation>%1 డేటాబేస్ ఫైల్‌ను తెరవలేము.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The file %1 is not a Cordial database, or it is damaged. It was left untouched: restore it from a backup or choose another file.</source>
        <translation>%1 ఫైల్ Cordial డేటాబేస్ కాదు, లేదా పాడైపోయింది. దాన్ని మార్చలేదు: బ్యాకప్ నుండి దాన్ని పునరుద్ధరించండి లేదా మరో ఫైల్‌ను ఎంచుకోండి.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database %1 is locked by another program. Close the other program or try again later.</source>
        <translation>%1 డేటాబేస్‌ను మరో ప్రోగ్రామ్ లాక్ చేసింది. ఆ ప్రోగ్రామ్‌ను మూసివేయండి లేదా తర్వాత మళ్లీ ప్రయత్నించండి.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The database %1 is locked by another program and stayed locked for more than %n second(s). Close the other program or try again later.</source>
        <translation>
            <numerusform>%1 డేటాబేస్‌ను మరో ప్రోగ్రామ్ లాక్ చేసింది, అది %n సెకను కంటే ఎక్కువ సేపు లాక్ అయి ఉంది. ఆ ప్రోగ్రామ్‌ను మూసివేయండి లేదా తర్వాత మళ్లీ ప్రయత్నించండి.</numerusform>
            <numerusform>%1 డేటాబేస్‌ను మరో ప్రోగ్రామ్ లాక్ చేసింది, అది %n సెకన్ల కంటే ఎక్కువ సేపు లాక్ అయి ఉంది. ఆ ప్రోగ్రామ్‌ను మూసివేయండి లేదా తర్వాత మళ్లీ ప్రయత్నించండి.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/storage/SqlStatement.cpp" line="+129"/>
        <source>The database %1 did not report the new record&apos;s number.</source>
        <translation>డేటాబేస్ %1 కొత్త రికార్డ్ సంఖ్యను తెలియజేయలేదు.</translation>
    </message>
    <message>
        <location filename="../app/storage/ChangeFeed.cpp" line="+31"/>
        <source>The database %1 cannot report other users&apos; changes.</source>
        <translation>డేటాబేస్ %1 ఇతర వినియోగదారుల మార్పులను తెలియజేయలేదు.</translation>
    </message>
    <message>
        <location filename="../app/storage/CustomerMergeRepository.cpp" line="-7"/>
        <source>One of these cards was already merged into another card.</source>
        <translation>ఈ కార్డులలో ఒకటి ఇప్పటికే మరో కార్డులో విలీనం అయింది.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Choose two different customer cards to merge.</source>
        <translation>విలీనం చేయడానికి రెండు వేర్వేరు కస్టమర్ కార్డులను ఎంచుకోండి.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../ui/main.cpp" line="+115"/>
        <source>No graphical display was found (neither DISPLAY nor WAYLAND_DISPLAY is set). Start Cordial from a desktop session.</source>
        <translation>గ్రాఫికల్ డిస్‌ప్లే ఏదీ కనబడలేదు (DISPLAY గానీ WAYLAND_DISPLAY గానీ సెట్ చేయలేదు). Cordialను డెస్క్‌టాప్ సెషన్ నుండి ప్రారంభించండి.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cordial cannot start</source>
        <translation>Cordial ప్రారంభం కాలేదు</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The database %1 is already at schema version %2; nothing to do.</source>
        <translation>%1 డేటాబేస్ ఇప్పటికే స్కీమా వెర్షన్ %2లో ఉంది; చేయవలసినది ఏమీ లేదు.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database %1 was updated from schema version %2 to %3.</source>
        <translation>%1 డేటాబేస్ స్కీమా వెర్షన్ %2 నుండి %3కి అప్‌డేట్ చేయబడింది.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Cordial is already running with the database %1, not %2. Close it first to work with another database.</source>
        <translation>Cordial ఇప్పటికే నడుస్తోంది. అది వాడుతున్న డేటాబేస్: %1; మీరు అడిగినది: %2. వేరే డేటాబేస్‌తో పని చేయడానికి ముందుగా దాన్ని మూసివేయండి.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cordial is already running in %1, not in %2. Change the language in its View menu, or close it first.</source>
        <translation>Cordial ఇప్పటికే నడుస్తోంది. దాని భాష: %1; మీరు అడిగినది: %2. దాని “వీక్షణ” మెనూలో భాషను మార్చండి, లేదా ముందుగా దాన్ని మూసివేయండి.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The running Cordial did not take this request.</source>
        <translation>నడుస్తున్న Cordial ఈ అభ్యర్థనను స్వీకరించలేదు.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cordial is already running</source>
        <translation>Cordial ఇప్పటికే నడుస్తోంది</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Empty database</source>
        <translation>ఖాళీ డేటాబేస్</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database has no customers yet. Add demo customers and history to try Cordial?</source>
        <translation>డేటాబేస్‌లో ఇంకా కస్టమర్‌లు ఎవరూ లేరు. Cordialను ప్రయత్నించడానికి డెమో కస్టమర్‌లను, చరిత్రను జోడించాలా?</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The language “%1” is not available; continuing in English.</source>
        <translation>“%1” భాష అందుబాటులో లేదు; ఆంగ్లంలో కొనసాగుతోంది.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cordial is already running but did not answer. Close it or wait a moment, then try again.</source>
        <translation>Cordial ఇప్పటికే నడుస్తోంది కానీ స్పందించలేదు. దాన్ని మూసివేయండి లేదా కొంతసేపు వేచి ఉండి, మళ్లీ ప్రయత్నించండి.</translation>
    </message>
</context>
<context>
    <name>TeamAdministration</name>
    <message>
        <location filename="../app/storage/TeamAdministration.cpp" line="+37"/>
        <source>You may not add %1: administrators add anyone, supervisors add agents to the teams they supervise.</source>
        <translation>మీరు %1 ను చేర్చలేరు: నిర్వాహకులు ఎవరినైనా చేర్చగలరు, పర్యవేక్షకులు తాము పర్యవేక్షించే బృందాలకు మాత్రమే ఏజెంట్లను చేర్చగలరు.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+49"/>
        <source>The server already has a user named %1. Choose another login.</source>
        <translation>సర్వర్‌లో %1 అనే వినియోగదారు ఇప్పటికే ఉన్నారు. దయచేసి వేరే లాగిన్ ఎంచుకోండి.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>This database is not set up for teams yet. An administrator runs “cordial admin init” first.</source>
        <translation>ఈ డేటాబేస్ ఇంకా బృందాల కోసం సిద్ధం చేయబడలేదు. ముందుగా ఒక నిర్వాహకుడు “cordial admin init” నడపాలి.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The login %1 cannot be used. Use lower-case Latin letters, digits, “_”, “.” and “-”, starting with a letter, at most 63 characters.</source>
        <extracomment>%1 is the login as typed</extracomment>
        <translation>లాగిన్ %1 ను ఉపయోగించలేము. చిన్న లాటిన్ అక్షరాలు, అంకెలు, “_”, “.” మరియు “-” ఉపయోగించండి; అక్షరంతో మొదలై, గరిష్ఠంగా 63 అక్షరాలు ఉండాలి.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The role %1 does not exist. Use agent, supervisor or admin.</source>
        <translation>%1 అనే పాత్ర లేదు. agent, supervisor లేదా admin ఉపయోగించండి.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the person&apos;s name as said in the greeting.</source>
        <translation>దయచేసి శుభాకాంక్షలో చెప్పే విధంగా వ్యక్తి పేరు ఇవ్వండి.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name at least one team: agents work in a team, supervisors supervise one.</source>
        <translation>కనీసం ఒక బృందాన్ని పేర్కొనండి: ఏజెంట్లు ఒక బృందంలో పనిచేస్తారు, పర్యవేక్షకులు ఒక బృందాన్ని పర్యవేక్షిస్తారు.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is empty.</source>
        <translation>పాస్‌వర్డ్ ఖాళీగా ఉంది.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+40"/>
        <source>Team mode needs a PostgreSQL database; a SQLite file is for one person.</source>
        <translation>బృంద మోడ్‌కు PostgreSQL డేటాబేస్ అవసరం; SQLite ఫైల్ ఒక్క వ్యక్తి కోసం మాత్రమే.</translation>
    </message>
</context>
<context>
    <name>TeamSetup</name>
    <message>
        <location filename="../app/services/TeamSetup.cpp" line="+22"/>
        <source>Team mode needs a PostgreSQL database; a SQLite file is for one person.</source>
        <translation>బృంద మోడ్‌కు PostgreSQL డేటాబేస్ అవసరం; SQLite ఫైల్ ఒక్క వ్యక్తి కోసం మాత్రమే.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../ui/dialogs/TransferDialog.cpp" line="+132"/>
        <source>Say: “%1”</source>
        <translation>ఇలా చెప్పండి: “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Consult first</source>
        <translation>ముందుగా సంప్రదించు(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transfer &amp;now</source>
        <translation>ఇప్పుడే బదిలీ చేయి(&amp;N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is nobody to transfer to: no department or manager is set up.</source>
        <translation>బదిలీ చేయడానికి ఎవరూ లేరు: ఏ విభాగం లేదా మేనేజర్ సెటప్ చేయబడలేదు.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose who to transfer the customer to.</source>
        <translation>కస్టమర్‌ను ఎవరికి బదిలీ చేయాలో ఎంచుకోండి.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Transfer the call</source>
        <translation>కాల్‌ను బదిలీ చేయండి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No departments or managers are set up for transfers.</source>
        <translation>బదిలీల కోసం ఏ విభాగాలు లేదా మేనేజర్‌లు సెటప్ చేయబడలేదు.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer &amp;to:</source>
        <translation>ఎవరికి బదిలీ చేయాలి(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer targets</source>
        <translation>బదిలీ చేయగల విభాగాలు, మేనేజర్‌లు</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>manager</source>
        <translation>మేనేజర్</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>department</source>
        <translation>విభాగం</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, extension %3)</source>
        <translation>%1 (%2, ఎక్స్‌టెన్షన్ %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Warm: the customer waits on hold while I consult, and I stay until they are connected</source>
        <translation>వార్మ్(&amp;W): నేను సంప్రదిస్తున్నప్పుడు కస్టమర్ హోల్డ్‌లో వేచి ఉంటారు, వారు కనెక్ట్ అయ్యే వరకు నేను లైన్‌లో ఉంటాను</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warm transfer</source>
        <translation>వార్మ్ బదిలీ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;old: transfer at once without consulting</source>
        <translation>కోల్డ్(&amp;O): సంప్రదించకుండా వెంటనే బదిలీ చేయి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cold transfer</source>
        <translation>కోల్డ్ బదిలీ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning: you will leave before the customer is connected. The transfer is recorded as cold.</source>
        <translation>హెచ్చరిక: కస్టమర్ కనెక్ట్ కాకముందే మీరు వెళ్లిపోతారు. ఈ బదిలీ కోల్డ్‌గా నమోదవుతుంది.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cold transfer warning</source>
        <translation>కోల్డ్ బదిలీ హెచ్చరిక</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer line to say</source>
        <translation>బదిలీ సమయంలో చెప్పాల్సిన వాక్యం</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>సమస్య</translation>
    </message>
</context>
<context>
    <name>WrapUpDialog</name>
    <message>
        <location filename="../ui/dialogs/WrapUpDialog.cpp" line="+118"/>
        <source>After-call work so far: %1</source>
        <translation>ఇప్పటివరకు కాల్ తర్వాతి పని: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Describe the outcome in the summary when the disposition is “Other”.</source>
        <translation>ఫలితం “ఇతర” అయినప్పుడు, దాన్ని సారాంశంలో వివరించండి.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The summary is too long (%1 characters; at most %2). Keep details in the notes.</source>
        <translation>సారాంశం చాలా పొడవుగా ఉంది (%1 అక్షరాలు; గరిష్ఠంగా %2). వివరాలను నోట్స్‌లో ఉంచండి.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Wrap up the call</source>
        <translation>కాల్‌ను ర్యాప్-అప్ చేయండి</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>ఫలితం(&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome of the call</source>
        <translation>కాల్ ఫలితం</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Summary:</source>
        <translation>సారాంశం(&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call summary</source>
        <translation>కాల్ సారాంశం</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After-call work time</source>
        <translation>కాల్ తర్వాతి పని సమయం</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>సమస్య</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close the call</source>
        <translation>కాల్‌ను మూసివేయి(&amp;C)</translation>
    </message>
</context>
</TS>
