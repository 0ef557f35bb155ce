<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ca_ES">
<context>
    <name>AbusiveCallerDialog</name>
    <message>
        <location filename="../ui/dialogs/AbusiveCallerDialog.cpp" line="+92"/>
        <source>Abusive caller</source>
        <translation>Interlocutor abusiu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not accept abusive or profane language. Choose what to do and say the line below it.</source>
        <translation>No accepteu insults ni llenguatge ofensiu. Trieu què cal fer i digueu la frase que hi ha a sota.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the caller on &amp;hold</source>
        <translation>Posa l&apos;interlocutor en &amp;espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the abusive caller on hold</source>
        <translation>Posa en espera l&apos;interlocutor abusiu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask to involve a &amp;supervisor</source>
        <translation>Proposa que intervingui un &amp;supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask whether a supervisor may be involved</source>
        <translation>Pregunta si pot intervenir un supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line to say before the hold</source>
        <translation>Frase que cal dir abans de l&apos;espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line to say to involve a supervisor</source>
        <translation>Frase que cal dir per fer intervenir un supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
</context>
<context>
    <name>AdminCommand</name>
    <message>
        <location filename="../ui/platform/AdminCommand.cpp" line="+42"/>
        <source>The password file %1 cannot be read.</source>
        <translation>No es pot llegir el fitxer de contrasenya %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New password for %1: </source>
        <translation>Contrasenya nova per a %1: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the password again: </source>
        <translation>Torneu a escriure la contrasenya: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords differ. Nothing was changed.</source>
        <translation>Les dues contrasenyes no coincideixen. No s&apos;ha canviat res.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sets up a team database on PostgreSQL and adds people to it.

  cordial admin init --db postgresql://… --login LOGIN --name NAME
      creates the roles, the tables and the first administrator
  cordial admin add-agent LOGIN --name NAME --role agent|supervisor|admin --team TEAM --db …
      adds a person; supervisors add agents to their own teams</source>
        <translation>Prepara una base de dades d&apos;equip a PostgreSQL i hi afegeix persones.

  cordial admin init --db postgresql://… --login LOGIN --name NAME
      crea els rols, les taules i el primer administrador
  cordial admin add-agent LOGIN --name NAME --role agent|supervisor|admin --team TEAM --db …
      afegeix una persona; els supervisors afegeixen agents als seus equips</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The team database: postgresql://user@host:port/database.</source>
        <extracomment>Command-line help; keep &quot;postgresql://&quot; as it is</extracomment>
        <translation>La base de dades de l&apos;equip: postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login of the first administrator (init).</source>
        <translation>Nom d&apos;usuari del primer administrador (init).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>login</source>
        <translation>usuari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person&apos;s name as said in the greeting.</source>
        <translation>El nom de la persona tal com es diu a la salutació.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agent, supervisor or admin (default: agent).</source>
        <translation>agent, supervisor o admin (per defecte: agent).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A team of the agent, or a team the supervisor supervises; may be repeated.</source>
        <translation>Un equip de l&apos;agent, o un equip que supervisa el supervisor; es pot repetir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team</source>
        <translation>equip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the new password from the first line of this file instead of the terminal.</source>
        <translation>Llegeix la contrasenya nova de la primera línia d&apos;aquest fitxer en lloc del terminal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>fitxer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>init or add-agent, then the login for add-agent.</source>
        <extracomment>Command-line help for the positional arguments; keep the command words as they are</extracomment>
        <translation>init o add-agent, i després d&apos;add-agent el nom d&apos;usuari.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>command [login]</source>
        <translation>ordre [usuari]</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Say what to do: “cordial admin init” or “cordial admin add-agent LOGIN”.</source>
        <extracomment>keep &quot;init&quot; and &quot;add-agent&quot; as they are</extracomment>
        <translation>Digueu què cal fer: «cordial admin init» o «cordial admin add-agent LOGIN».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name the team database with --db postgresql://user@host:port/database.</source>
        <translation>Indiqueu la base de dades de l&apos;equip amb --db postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The team database %1 is ready (schema version %2). Its first administrator is %3.</source>
        <translation>La base de dades de l&apos;equip %1 ja està preparada (versió d&apos;esquema %2). El primer administrador és %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was added to the team database %2 and can sign in now.</source>
        <translation>S&apos;ha afegit %1 a la base de dades de l&apos;equip %2 i ja pot iniciar la sessió.</translation>
    </message>
</context>
<context>
    <name>AgentDirectory</name>
    <message>
        <location filename="../app/services/AgentDirectory.cpp" line="+26"/>
        <source>Cordial could not sign you in as %1: %2</source>
        <translation>El Cordial no ha pogut iniciar la vostra sessió com a %1: %2</translation>
    </message>
</context>
<context>
    <name>CallActions</name>
    <message>
        <location filename="../ui/windows/CallActions.cpp" line="+95"/>
        <source>&amp;New call…</source>
        <translation>&amp;Nova trucada…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a call: incoming, in person or a callback</source>
        <translation>Inicia una trucada: entrant, en persona o una devolució de trucada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Answer</source>
        <translation>&amp;Contesta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer the ringing call</source>
        <translation>Contesta la trucada que està sonant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Transfer…</source>
        <translation>Trans&amp;fereix…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transfer the customer to a department or manager</source>
        <translation>Transfereix el client a un departament o a un responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer &amp;connected</source>
        <translation>Client connect&amp;at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer is connected to the transfer target: leave the call</source>
        <translation>El client ja està connectat amb el destinatari de la transferència: deixeu la trucada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the transfer and return to the customer</source>
        <translation>Cancel·la la transferència i torna amb el client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tak&amp;e the customer back</source>
        <translation>R&amp;ecupera el client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;busive caller…</source>
        <translation>Interlocutor a&amp;busiu…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Put an abusive caller on hold or involve a supervisor</source>
        <translation>Posa en espera un interlocutor abusiu o fa intervenir un supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Payment read-back…</source>
        <translation>Confirmació del &amp;pagament…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the payment details back to the customer</source>
        <translation>Llegeix les dades de pagament al client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule &amp;follow-up…</source>
        <translation>Programa un segu&amp;iment…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agree who will contact the customer, when and why</source>
        <translation>Acorda qui contactarà amb el client, quan i per què</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wrap up…</source>
        <translation>Finalit&amp;za…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End the conversation and record its outcome</source>
        <translation>Acaba la conversa i registra&apos;n el resultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose call…</source>
        <translation>Tanca &amp;la trucada…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the call after wrap-up, or a call that was never answered</source>
        <translation>Tanca la trucada després de la finalització, o una trucada que no s&apos;ha contestat mai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the re&amp;quest</source>
        <translation>Escriu la sol·licit&amp;ud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type n&amp;otes</source>
        <translation>Escriu les no&amp;tes</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Go to the request fields of the script</source>
        <translation>Ves als camps de sol·licitud del guió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the notes of this call</source>
        <translation>Ves a les notes d&apos;aquesta trucada</translation>
    </message>
</context>
<context>
    <name>CallBar</name>
    <message>
        <location filename="../ui/panels/CallBar.cpp" line="+27"/>
        <source>Ringing</source>
        <translation>Està sonant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In conversation</source>
        <translation>En conversa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer on hold</source>
        <translation>Client en espera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transferring (customer on hold)</source>
        <translation>Transferència en curs (client en espera)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrap-up</source>
        <translation>Finalització</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call closed</source>
        <translation>Trucada tancada</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>No call</source>
        <translation>Sense trucada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transferring to %1 (customer on hold)</source>
        <translation>S&apos;està transferint a %1 (client en espera)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer on hold over a minute</source>
        <translation>Client en espera des de fa més d&apos;un minut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transferring (customer waiting over a minute)</source>
        <translation>Transferència en curs (el client espera des de fa més d&apos;un minut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transferring to %1 (customer waiting over a minute)</source>
        <translation>S&apos;està transferint a %1 (el client espera des de fa més d&apos;un minut)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Call %1</source>
        <translation>Trucada: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Hold total %1, longest %2 (%n hold(s))</source>
        <translation>
            <numerusform>Espera total: %1; la més llarga: %2 (%n espera)</numerusform>
            <numerusform>Espera total: %1; la més llarga: %2 (%n esperes)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No hold yet</source>
        <translation>Encara no hi ha hagut cap espera</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After-call work %1</source>
        <translation>Feina posterior: %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Current call</source>
        <translation>Trucada actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call state</source>
        <translation>Estat de la trucada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call duration</source>
        <translation>Durada de la trucada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold times</source>
        <translation>Temps d&apos;espera</translation>
    </message>
</context>
<context>
    <name>CallController</name>
    <message>
        <location filename="../ui/windows/CallFlowContext.cpp" line="+40"/>
        <source>Take the customer off hold first.</source>
        <translation>Primer traieu el client de l&apos;espera.</translation>
    </message>
    <message>
        <location filename="../ui/windows/CallController.cpp" line="+190"/>
        <location line="+15"/>
        <source>Close the current call before starting another.</source>
        <translation>Tanqueu la trucada actual abans de començar-ne una altra.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A new customer card was created for %1.</source>
        <translation>S&apos;ha creat una fitxa de client nova per a %1.</translation>
    </message>
    <message>
        <location filename="../ui/windows/TransferFlow.cpp" line="+39"/>
        <source>There is nobody to transfer to: no department or manager is set up.</source>
        <translation>No hi ha ningú a qui transferir la trucada: no hi ha cap departament ni cap responsable configurat.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Consulting %1 while the customer waits on hold. Stay on the line and press “Customer connected” once they are connected.</source>
        <translation>Esteu consultant %1 mentre el client espera. No pengeu i premeu «Client connectat» quan estiguin connectats.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cold transfer to %1 recorded. Wrap up the call.</source>
        <translation>S&apos;ha registrat la transferència directa a %1. Finalitzeu la trucada.</translation>
    </message>
    <message>
        <location filename="../ui/windows/CallController.cpp" line="+54"/>
        <source>The caller is on hold. Your choice is recorded.</source>
        <translation>L&apos;interlocutor està en espera. S&apos;ha registrat la vostra elecció.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded: you asked whether a supervisor may be involved.</source>
        <translation>S&apos;ha registrat: heu preguntat si pot intervenir un supervisor.</translation>
    </message>
    <message>
        <location filename="../ui/windows/WrapUpFlow.cpp" line="+56"/>
        <source>Close the call</source>
        <translation>Tanca la trucada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The call was not answered. Close it and record it as missed?</source>
        <translation>No s&apos;ha contestat la trucada. Voleu tancar-la i registrar-la com a perduda?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Call closed: %1.</source>
        <translation>Trucada tancada: %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Address: %1</source>
        <translation>Adreça: %1</translation>
    </message>
</context>
<context>
    <name>CallIntake</name>
    <message>
        <location filename="../ui/windows/CallIntake.cpp" line="+53"/>
        <source>A call for %1 came in while another call is open. Close the current call, then start the new one from the New call dialog.</source>
        <translation>Ha entrat una trucada (%1) mentre hi ha una altra trucada oberta. Tanqueu la trucada actual i, després, inicieu la nova des del diàleg Nova trucada.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>an unknown caller</source>
        <translation>una persona desconeguda</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A call with %1 was interrupted at %2. Resume it?</source>
        <translation>Una trucada amb %1 es va interrompre (%2). Voleu reprendre-la?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Interrupted call</source>
        <translation>Trucada interrompuda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closing it records the call as abandoned, with its notes as they were saved. This cannot be undone.</source>
        <translation>En tancar-la, la trucada queda registrada com a abandonada, amb les notes tal com es van desar. No es pot desfer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resume the call</source>
        <translation>&amp;Reprèn la trucada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close it as abandoned</source>
        <translation>&amp;Tanca-la com a abandonada</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The interrupted call was closed as abandoned.</source>
        <translation>La trucada interrompuda s&apos;ha tancat com a abandonada.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n older interrupted call(s) were closed as abandoned.</source>
        <translation>
            <numerusform>%n trucada interrompuda més antiga s&apos;ha tancat com a abandonada.</numerusform>
            <numerusform>%n trucades interrompudes més antigues s&apos;han tancat com a abandonades.</numerusform>
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
        <translation>L&apos;enllaç no conté cap número de telèfon.</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>The extension “%1” must contain digits only.</source>
        <translation>L&apos;extensió «%1» només pot contenir xifres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The extension “%1” is too long: at most %2 digits are allowed.</source>
        <translation>L&apos;extensió «%1» és massa llarga: pot tenir com a màxim %2 xifres.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The link is not a Cordial call link.</source>
        <translation>L&apos;enllaç no és un enllaç de trucada del Cordial.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The link names an unknown channel “%1”.</source>
        <translation>L&apos;enllaç indica un canal desconegut, «%1».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The link is too long to be a call request.</source>
        <translation>L&apos;enllaç és massa llarg per ser una sol·licitud de trucada.</translation>
    </message>
</context>
<context>
    <name>CallSession</name>
    <message>
        <location filename="../app/services/CallSession.cpp" line="+77"/>
        <source>Close the current call before starting another.</source>
        <translation>Tanqueu la trucada actual abans de començar-ne una altra.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The call is not on hold.</source>
        <translation>La trucada no està en espera.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No transfer is in progress.</source>
        <translation>No hi ha cap transferència en curs.</translation>
    </message>
    <message>
        <location filename="../app/services/CallHistory.cpp" line="+105"/>
        <source>Payment card read back: %1 ending in %2.</source>
        <extracomment>In a call&apos;s history entry. %1 is the card brand (&quot;Visa&quot;, or a word for an unknown brand), %2 the card&apos;s last four digits.</extracomment>
        <translation>Targeta de pagament confirmada amb el client: %1 acabada en %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Follow-up due: %1.</source>
        <extracomment>In a call&apos;s history entry. %1 is the date and time the follow-up is due.</extracomment>
        <translation>Seguiment previst: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-up: %1, due %2.</source>
        <extracomment>In a call&apos;s history entry. %1 is the agent who will follow up, %2 the date and time it is due.</extracomment>
        <translation>Seguiment: %1; data prevista: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not answered; closed after %1.</source>
        <translation>No s&apos;ha contestat; s&apos;ha tancat després de sonar durant %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Talk time %1, no hold.</source>
        <translation>Temps de conversa: %1, sense esperes.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Talk time %1; on hold %2 in total, the longest %3 (%n hold(s)).</source>
        <translation>
            <numerusform>Temps de conversa: %1; temps total en espera: %2; espera més llarga: %3 (%n espera).</numerusform>
            <numerusform>Temps de conversa: %1; temps total en espera: %2; espera més llarga: %3 (%n esperes).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/services/CallSession.cpp" line="+94"/>
        <source>Choose a time in the future for the follow-up.</source>
        <translation>Trieu una hora futura per al seguiment.</translation>
    </message>
    <message>
        <location filename="../app/services/CallHistory.cpp" line="-5"/>
        <source>The program stopped during the call, and the call was not taken up again.</source>
        <translation>El programa es va aturar durant la trucada i no s&apos;ha reprès.</translation>
    </message>
    <message>
        <location filename="../app/domain/Disposition.cpp" line="+40"/>
        <source>Resolved</source>
        <translation>Resolta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up needed</source>
        <translation>Pendent de seguiment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transferred</source>
        <translation>Transferida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalated</source>
        <translation>Escalada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint</source>
        <translation>Reclamació</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Altres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missed</source>
        <translation>Perduda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abandoned</source>
        <translation>Abandonada</translation>
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
        <translation>Notes de la trucada:</translation>
    </message>
    <message>
        <location filename="../app/services/CallSession.cpp" line="+75"/>
        <source>Close the current call before resuming another.</source>
        <translation>Tanqueu la trucada actual abans de reprendre&apos;n una altra.</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+9"/>
        <source>The interrupted call no longer exists or is already closed.</source>
        <translation>La trucada interrompuda ja no existeix o ja està tancada.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>There is no call in progress.</source>
        <translation>No hi ha cap trucada en curs.</translation>
    </message>
</context>
<context>
    <name>CallStateMachine</name>
    <message>
        <location filename="../app/domain/CallStateMachine.cpp" line="+68"/>
        <source>The call is already ringing.</source>
        <translation>La trucada ja està sonant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The call is already in progress.</source>
        <translation>La trucada ja està en curs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The call is already on hold.</source>
        <translation>La trucada ja està en espera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A transfer is already in progress.</source>
        <translation>Ja hi ha una transferència en curs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The call is already in wrap-up.</source>
        <translation>La trucada ja és a la fase de finalització.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The call is already closed.</source>
        <translation>La trucada ja està tancada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The call is closed and can no longer change.</source>
        <translation>La trucada està tancada i ja no es pot modificar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A call that has been answered cannot ring again.</source>
        <translation>Una trucada que ja s&apos;ha contestat no pot tornar a sonar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer the call first.</source>
        <translation>Primer contesteu la trucada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The conversation has ended; finish the wrap-up and close the call.</source>
        <translation>La conversa ha acabat; completeu la finalització i tanqueu la trucada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End the hold before closing the call.</source>
        <translation>Acabeu l&apos;espera abans de tancar la trucada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete or cancel the transfer before closing the call.</source>
        <translation>Completeu o cancel·leu la transferència abans de tancar la trucada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrap up the call before closing it.</source>
        <translation>Feu la finalització de la trucada abans de tancar-la.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End the hold before wrapping up the call.</source>
        <translation>Acabeu l&apos;espera abans de passar a la finalització de la trucada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer is already waiting while the transfer is in progress.</source>
        <translation>El client ja està esperant mentre la transferència és en curs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This change to the call is not allowed.</source>
        <translation>Aquest canvi en la trucada no està permès.</translation>
    </message>
</context>
<context>
    <name>CallTimeline</name>
    <message>
        <location filename="../app/services/CallTimeline.cpp" line="+40"/>
        <source>Note: %1</source>
        <extracomment>A line of a call&apos;s timeline in the history. %1 is the agent&apos;s note, on one line.</extracomment>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Outgoing call started</source>
        <translation>S&apos;ha iniciat una trucada sortint</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incoming call</source>
        <translation>Trucada entrant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answered after %1</source>
        <extracomment>A line of a call&apos;s timeline. %1 is how long it rang, as 0:12.</extracomment>
        <translation>Contestada després de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On hold for the transfer consultation</source>
        <translation>En espera durant la consulta de la transferència</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+68"/>
        <source>Apologised for the wait</source>
        <translation>S&apos;ha disculpat per l&apos;espera</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Warm transfer to %1: consulting first</source>
        <extracomment>A line of a call&apos;s timeline. %1 is a department or a manager.</extracomment>
        <translation>Transferència assistida a %1: primer es consulta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer to %1</source>
        <translation>Transferència a %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer connected</source>
        <translation>Transferència connectada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer cancelled; back with the caller</source>
        <translation>Transferència cancel·lada; de nou amb l&apos;interlocutor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cold transfer to %1</source>
        <extracomment>A line of a call&apos;s timeline. %1 is a department or a manager.</extracomment>
        <translation>Transferència directa a %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abusive language: the caller was put on hold</source>
        <translation>Llenguatge abusiu: s&apos;ha posat l&apos;interlocutor en espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abusive language: a supervisor was offered</source>
        <translation>Llenguatge abusiu: s&apos;ha proposat que intervingui un supervisor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Script step said: %1</source>
        <extracomment>A line of a call&apos;s timeline. %1 is the title of a step of the call script.</extracomment>
        <translation>Pas del guió dit: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Script step skipped: %1</source>
        <translation>Pas del guió omès: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrap-up started</source>
        <translation>S&apos;ha començat a finalitzar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed: the program stopped during the call</source>
        <translation>Tancada: el programa es va aturar durant la trucada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed: not answered</source>
        <translation>Tancada: no s&apos;ha contestat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed: %1</source>
        <extracomment>A line of a call&apos;s timeline. %1 is the wrap-up&apos;s outcome (&quot;Resolved&quot;).</extracomment>
        <translation>Tancada: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken up again after the program stopped</source>
        <translation>Represa després que el programa s&apos;aturés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed as abandoned after the program stopped</source>
        <translation>Tancada com a abandonada després que el programa s&apos;aturés</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Waited %1 during the transfer consultation, a minute or more</source>
        <extracomment>A line of a call&apos;s timeline. %1 is how long the caller waited, as 1:25.</extracomment>
        <translation>Ha esperat %1 durant la consulta de la transferència, un minut o més</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waited %1 during the transfer consultation</source>
        <translation>Ha esperat %1 durant la consulta de la transferència</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On hold for %1, a minute or more</source>
        <extracomment>A line of a call&apos;s timeline. %1 is how long the caller was on hold, as 1:25.</extracomment>
        <translation>En espera %1, un minut o més</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On hold for %1</source>
        <translation>En espera %1</translation>
    </message>
</context>
<context>
    <name>CardExpiry</name>
    <message>
        <location filename="../app/domain/CardExpiry.cpp" line="+102"/>
        <source>“%1” is not an expiry date. Type the month and the year as printed on the card, for example 05/29.</source>
        <translation>«%1» no és una data de caducitat. Escriviu el mes i l&apos;any tal com són impresos a la targeta, per exemple 05/29.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no month %1: the month is a number from 01 to 12 (MM/YY).</source>
        <extracomment>%1 is the month as typed (&quot;13&quot;). MM/YY: two-digit month, slash, two-digit year.</extracomment>
        <translation>No hi ha cap mes %1: el mes és un número de l&apos;01 al 12 (MM/AA).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This card expired at the end of %1. Ask the customer for a card that is still valid.</source>
        <translation>Aquesta targeta va caducar a final de mes (%1). Demaneu al client una targeta vigent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The expiry date %1 is more than %2 years ahead; check it with the customer.</source>
        <translation>La data de caducitat %1 és a més de %2 anys vista; comproveu-la amb el client.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 %2</source>
        <comment>month and year of a card&apos;s expiry</comment>
        <extracomment>A card&apos;s expiry in words: %1 is the month&apos;s name (standalone form, &quot;September&quot;), %2 the year.</extracomment>
        <translation>%1 de %2</translation>
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
        <translation>Un número de targeta només té xifres, espais i guions. Suprimiu els altres caràcters.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A card number has %1 to %2 digits, not %3.</source>
        <translation>Un número de targeta té entre %1 i %2 xifres, no %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No card scheme issues numbers that start with these digits. Check the number with the customer.</source>
        <translation>Cap xarxa de targetes no emet números que comencin amb aquestes xifres. Comproveu el número amb el client.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 card numbers are longer: %n digit(s) entered so far.</source>
        <translation>
            <numerusform>Els números de targeta %1 són més llargs: de moment s&apos;ha introduït %n xifra.</numerusform>
            <numerusform>Els números de targeta %1 són més llargs: de moment s&apos;han introduït %n xifres.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 card numbers are shorter: %2 digits entered. Check the number with the customer.</source>
        <translation>Els números de targeta %1 són més curts: s&apos;han introduït %2 xifres. Comproveu el número amb el client.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 digits is not a valid length for a %2 card. Check the number with the customer.</source>
        <translation>%1 xifres no és una longitud vàlida per a una targeta %2. Comproveu el número amb el client.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This card number is not valid: the check digit does not match. Read the digits back to the customer and correct them.</source>
        <translation>Aquest número de targeta no és vàlid: el dígit de control no coincideix. Llegiu les xifres al client i corregiu-les.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>card</source>
        <comment>payment card of an unrecognised brand, read to the customer</comment>
        <translation>targeta</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter the name on the card.</source>
        <translation>Introduïu el nom que figura a la targeta.</translation>
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
        <translation>Telèfon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voicemail</source>
        <translation>Bústia de veu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>Correu electrònic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web form</source>
        <translation>Formulari web</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../ui/platform/CommandLine.cpp" line="+26"/>
        <source>Cordial: an agent console for frontline customer service.</source>
        <translation>Cordial: una consola d&apos;agent per a l&apos;atenció al client de primera línia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run “cordial migrate --db …” to create or update the tables of a database; a team database on PostgreSQL needs it once after each update of Cordial.</source>
        <translation>Executeu «cordial migrate --db …» per crear o actualitzar les taules d&apos;una base de dades; una base de dades d&apos;equip a PostgreSQL ho necessita un cop després de cada actualització del Cordial.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run “cordial import FILE.csv” to import customers from a CSV file; “cordial import --help” lists its options and exit codes.</source>
        <translation>Executeu «cordial import FILE.csv» per importar clients d’un fitxer CSV; «cordial import --help» en mostra les opcions i els codis de sortida.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+34"/>
        <source>Database to open: a file path, sqlite:PATH or postgresql://user@host:port/database. Default: the last one used, else a file in your data folder.</source>
        <extracomment>Command-line help; keep &quot;sqlite:&quot; and &quot;postgresql://&quot; as they are</extracomment>
        <translation>Base de dades que cal obrir: un camí de fitxer, sqlite:CAMÍ o postgresql://usuari@servidor:port/basededades. Per defecte: l&apos;última que s&apos;ha fet servir o, si no n&apos;hi ha, un fitxer a la vostra carpeta de dades.</translation>
    </message>
    <message>
        <location filename="../ui/platform/AdminCommand.cpp" line="-81"/>
        <location filename="../ui/platform/CommandLine.cpp" line="-31"/>
        <location line="+34"/>
        <source>spec</source>
        <translation>ubicació</translation>
    </message>
    <message>
        <location filename="../ui/platform/CommandLine.cpp" line="-33"/>
        <source>Fill an empty database with demo customers and history.</source>
        <translation>Omple una base de dades buida amb clients i historial de demostració.</translation>
    </message>
    <message>
        <location filename="../ui/platform/AdminCommand.cpp" line="+13"/>
        <location filename="../ui/platform/CommandLine.cpp" line="+1"/>
        <location line="+33"/>
        <source>Interface language (en, hi, te, ur, ca).</source>
        <translation>Idioma de la interfície (en, hi, te, ur, ca).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/platform/CommandLine.cpp" line="-33"/>
        <location line="+33"/>
        <source>code</source>
        <translation>codi</translation>
    </message>
    <message>
        <location filename="../ui/platform/CommandLine.cpp" line="-32"/>
        <source>Your name as said in the greeting.</source>
        <translation>El vostre nom tal com el dieu a la salutació.</translation>
    </message>
    <message>
        <location filename="../ui/platform/AdminCommand.cpp" line="-10"/>
        <location filename="../ui/platform/CommandLine.cpp" line="+0"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../ui/platform/CommandLine.cpp" line="+1"/>
        <source>Start a call with this phone number (in the running Cordial if there is one).</source>
        <translation>Inicia una trucada amb aquest número de telèfon (al Cordial que ja s&apos;està executant, si n&apos;hi ha un).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A tel: or cordial:// link, or a phone number, to call.</source>
        <extracomment>Command-line help for the positional argument; keep &quot;tel:&quot; and &quot;cordial://&quot; as they are</extracomment>
        <translation>Un enllaç tel: o cordial://, o un número de telèfon, per trucar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[link…]</source>
        <translation>[enllaç…]</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Creates or updates the tables of a Cordial database to this version, then exits. Agents&apos; Cordial never changes the tables of a team database on PostgreSQL: an administrator runs this once after each update.</source>
        <translation>Crea o actualitza les taules d&apos;una base de dades del Cordial a aquesta versió i surt. El Cordial dels agents no canvia mai les taules d&apos;una base de dades d&apos;equip a PostgreSQL: un administrador ho executa un cop després de cada actualització.</translation>
    </message>
    <message>
        <location filename="../ui/platform/AdminCommand.cpp" line="+38"/>
        <location filename="../ui/platform/CommandLine.cpp" line="+19"/>
        <source>Unexpected argument: %1</source>
        <translation>Argument inesperat: %1</translation>
    </message>
</context>
<context>
    <name>CsvText</name>
    <message>
        <location filename="../app/integration/CsvText.cpp" line="+92"/>
        <source>The encoding %1 is not known. Try windows-1252 or ISO-8859-1.</source>
        <translation>No es coneix la codificació %1. Proveu windows-1252 o ISO-8859-1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file cannot be read as %1: it holds bytes that encoding does not define.</source>
        <translation>El fitxer no es pot llegir com a %1: conté bytes que aquesta codificació no defineix.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The file starts as UTF-16 text but is not valid UTF-16.</source>
        <translation>El fitxer comença com a text UTF-16, però no és UTF-16 vàlid.</translation>
    </message>
</context>
<context>
    <name>CustomerAuditDialog</name>
    <message>
        <location filename="../ui/dialogs/CustomerAuditDialog.cpp" line="+29"/>
        <source>Card created</source>
        <translation>Fitxa creada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (merge)</source>
        <extracomment>A field changed by a merge: %1 is the field&apos;s name</extracomment>
        <translation>%1 (fusió)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged with another card</source>
        <translation>Fusionada amb una altra fitxa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged with %1</source>
        <extracomment>%1 is the other card&apos;s customer name</extracomment>
        <translation>Fusionada amb %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>History of the card of %1</source>
        <extracomment>Dialog title: %1 is the customer&apos;s name</extracomment>
        <translation>Historial de la fitxa de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>Quan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Què</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Abans</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Després</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes to this card, newest first</source>
        <translation>Canvis d’aquesta fitxa, els més recents primer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading…</source>
        <translation>S’està carregant…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unknown agent</source>
        <translation>Agent desconegut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No changes recorded for this card.</source>
        <translation>No hi ha cap canvi registrat en aquesta fitxa.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s), newest first.</source>
        <translation>
            <numerusform>%n canvi, el més recent primer.</numerusform>
            <numerusform>%n canvis, els més recents primer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <location filename="../ui/panels/CustomerCard.cpp" line="+258"/>
        <location line="+4"/>
        <source>Discard changes</source>
        <translation>Descarta els canvis</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Discard the changes you typed on this card?</source>
        <translation>Voleu descartar els canvis que heu escrit en aquesta fitxa?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep editing</source>
        <translation>Continua editant</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Phone:</source>
        <extracomment>Customer card caption</extracomment>
        <translation>Telèfon:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other phones:</source>
        <extracomment>Customer card caption</extracomment>
        <translation>Altres telèfons:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail:</source>
        <extracomment>Customer card caption</extracomment>
        <translation>Correu electrònic:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address:</source>
        <extracomment>Customer card caption</extracomment>
        <translation>Adreça:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country:</source>
        <extracomment>Customer card caption</extracomment>
        <translation>País:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language:</source>
        <extracomment>Customer card caption: the language the customer prefers to be served in</extracomment>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags:</source>
        <extracomment>Customer card caption</extracomment>
        <translation>Etiquetes:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-ups:</source>
        <extracomment>Customer card caption: follow-ups not done yet</extracomment>
        <translation>Seguiments:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer name</source>
        <translation>Nom del client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer phone</source>
        <translation>Telèfon del client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer&apos;s other phones</source>
        <translation>Altres telèfons del client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer e-mail</source>
        <translation>Correu electrònic del client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer address</source>
        <translation>Adreça del client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer&apos;s country</source>
        <translation>País del client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer&apos;s preferred language</source>
        <translation>Idioma preferit del client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer tags</source>
        <translation>Etiquetes del client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open follow-ups</source>
        <translation>Seguiments oberts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <extracomment>Button on the customer card: edit it in place (F2)</extracomment>
        <translation>Edita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this card (%1)</source>
        <translation>Edita aquesta fitxa (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this card</source>
        <translation>Edita aquesta fitxa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit card</source>
        <translation>Edita la fitxa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New card</source>
        <translation>Fitxa nova</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new customer card</source>
        <translation>Crea una fitxa de client nova</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge…</source>
        <translation>Fusiona…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge another card into this one</source>
        <translation>Fusiona una altra fitxa amb aquesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card history</source>
        <translation>Historial de la fitxa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History of this card</source>
        <translation>Historial d’aquesta fitxa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Customer card</source>
        <translation>Fitxa del client</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No customer selected</source>
        <translation>No hi ha cap client seleccionat</translation>
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
        <translation>Predeterminat de l&apos;equip</translation>
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
        <translation>Per què no s’ha desat la fitxa</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Team default</source>
        <extracomment>The customer has no preferred language: the team&apos;s language is used</extracomment>
        <translation>Per defecte de l’equip</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New customer card</source>
        <translation>Fitxa de client nova</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit customer card</source>
        <translation>Edita la fitxa del client</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>One number per line</source>
        <translation>Un número per línia</translation>
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
        <translation>Codi de país de dues lletres</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Separate tags with commas</source>
        <translation>Separeu les etiquetes amb comes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving…</source>
        <extracomment>Button: store the edited customer card; shows &quot;Saving…&quot; while it is stored</extracomment>
        <translation>S’està desant…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the card</source>
        <translation>Desa la fitxa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the changes</source>
        <translation>Cancel·la els canvis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer card editor</source>
        <translation>Editor de la fitxa del client</translation>
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
        <translation>No s’ha pogut llegir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None open</source>
        <extracomment>Open follow-ups of the customer: there are none</extracomment>
        <translation>Cap d’obert</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n open, next due %1</source>
        <extracomment>%n open follow-ups; %1 when the next one is due</extracomment>
        <translation>
            <numerusform>%n obert, el següent per al %1</numerusform>
            <numerusform>%n oberts, el següent per al %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n open, next due %1: %2</source>
        <extracomment>%n open follow-ups; %1 when the next one is due, %2 why</extracomment>
        <translation>
            <numerusform>%n obert, el següent per al %1: %2</numerusform>
            <numerusform>%n oberts, el següent per al %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerExport</name>
    <message>
        <location filename="../app/services/CustomerExport.cpp" line="+21"/>
        <source>The export file could not be written.</source>
        <translation>No s’ha pogut escriure el fitxer d’exportació.</translation>
    </message>
</context>
<context>
    <name>CustomerFieldNames</name>
    <message>
        <location filename="../ui/panels/CustomerFieldNames.cpp" line="+8"/>
        <source>Salutation</source>
        <extracomment>Customer card field: how the customer is addressed (Ms., Dr., श्रीमती)</extracomment>
        <translation>Tractament</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family name</source>
        <translation>Cognoms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <extracomment>Customer card field: the main phone number</extracomment>
        <translation>Telèfon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other phones</source>
        <translation>Altres telèfons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>Correu electrònic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adreça</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <extracomment>Customer card field: the language the customer prefers to be served in</extracomment>
        <translation>Llengua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags</source>
        <extracomment>Customer card field: free labels such as VIP</extracomment>
        <translation>Etiquetes</translation>
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
        <translation>No es pot llegir el fitxer %1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The file is empty: it has no header line.</source>
        <translation>El fitxer és buit: no té línia de capçalera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The header line names no column of a name or a phone number, so no row can become a customer. Columns found: %1.</source>
        <translation>La capçalera no té cap columna de nom ni de telèfon, de manera que cap fila no pot ser un client. Columnes trobades: %1.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The same customer (same name and phone number) is already stored or earlier in the file.</source>
        <translation>El mateix client (mateix nom i telèfon) ja està desat o apareix abans al fitxer.</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="+38"/>
        <source>%1, phone %2</source>
        <translation>%1, telèfon %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name</source>
        <extracomment>Column of the customer search results</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <extracomment>Column of the customer search results</extracomment>
        <translation>Telèfon</translation>
    </message>
</context>
<context>
    <name>CustomerSearchPane</name>
    <message>
        <location filename="../ui/panels/CustomerSearchPane.cpp" line="+351"/>
        <source>No customer matches this search.</source>
        <translation>Cap client no coincideix amb aquesta cerca.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n or more customers match; choose one.</source>
        <comment>the card when a search finds many</comment>
        <translation>
            <numerusform>%n o més clients coincideixen; trieu-ne un.</numerusform>
            <numerusform>%n o més clients coincideixen; trieu-ne un.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n customer(s) match; choose one.</source>
        <comment>the card when a search finds several</comment>
        <translation>
            <numerusform>%n client coincideix; trieu-lo.</numerusform>
            <numerusform>%n clients coincideixen; trieu-ne un.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Search by name, phone or e-mail</source>
        <translation>Cerca per nom, telèfon o correu electrònic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search customers</source>
        <translation>Cerca clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name, phone or e-mail (Ctrl+F)</source>
        <translation>Cerca per nom, telèfon o correu electrònic (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers found</source>
        <translation>Clients trobats</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+39"/>
        <source>Searching…</source>
        <translation>S&apos;està cercant…</translation>
    </message>
</context>
<context>
    <name>CustomerValidation</name>
    <message>
        <location filename="../app/domain/CustomerValidation.cpp" line="+27"/>
        <source>Enter the customer&apos;s given name or family name.</source>
        <translation>Escriviu el nom o els cognoms del client.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This field takes at most %1 characters.</source>
        <extracomment>%1 is the most characters the field takes</extracomment>
        <translation>Aquest camp admet com a màxim %1 caràcters.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“%1” is not an e-mail address: it needs a name, an “@” and a domain, such as name@example.com.</source>
        <translation>“%1” no és una adreça electrònica: cal un nom, una “@” i un domini, com ara nom@example.com.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the country as its two-letter code, such as IN, PK or ES, or leave it empty.</source>
        <translation>Escriviu el país amb el codi de dues lletres, com ara IN, PK o ES, o deixeu-lo buit.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/storage/Database.cpp" line="+47"/>
        <source>The Qt database driver %1 is not installed.</source>
        <translation>El controlador de base de dades %1 de Qt no està instal·lat.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>No file name was given for the database.</source>
        <translation>No s&apos;ha indicat cap nom de fitxer per a la base de dades.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder %1 for the database cannot be created. Check that you may write there.</source>
        <translation>No es pot crear la carpeta %1 per a la base de dades. Comproveu que hi teniu permís d&apos;escriptura.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 és una carpeta, no un fitxer de base de dades.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database file cannot be created because the folder %1 is not writable.</source>
        <translation>No es pot crear el fitxer de base de dades perquè no es pot escriure a la carpeta %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/CallWrite.cpp" line="+195"/>
        <source>The call record no longer exists.</source>
        <translation>El registre de la trucada ja no existeix.</translation>
    </message>
</context>
<context>
    <name>DatabaseConfig</name>
    <message>
        <location filename="../app/storage/DatabaseConfig.cpp" line="+32"/>
        <source>The server address &quot;%1&quot; is not valid. Use postgresql://user@host:port/database.</source>
        <translation>L&apos;adreça del servidor «%1» no és vàlida. Feu servir postgresql://usuari@servidor:port/basededades.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The connection timeout must be a whole number of seconds.</source>
        <translation>El temps d&apos;espera de la connexió ha de ser un nombre enter de segons.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The TLS mode %1 is not known. Use disable, allow, prefer, require, verify-ca or verify-full.</source>
        <extracomment>keep the sslmode values as they are</extracomment>
        <translation>No es coneix el mode TLS %1. Feu servir disable, allow, prefer, require, verify-ca o verify-full.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No database location was given.</source>
        <translation>No s&apos;ha indicat cap ubicació de base de dades.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The SQLite location &quot;%1&quot; names no file.</source>
        <translation>La ubicació SQLite «%1» no indica cap fitxer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database location &quot;%1&quot; is not supported. Use a file path or a postgresql:// address.</source>
        <translation>La ubicació de base de dades «%1» no és compatible. Feu servir un camí de fitxer o una adreça postgresql://.</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <location filename="../ui/platform/DatabaseOpener.cpp" line="+93"/>
        <source>The password was not saved in the keychain: %1</source>
        <translation>La contrasenya no s&apos;ha desat al clauer: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpCalendar</name>
    <message>
        <location filename="../app/integration/FollowUpCalendar.cpp" line="+51"/>
        <source>Customer: %1</source>
        <translation>Client: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone: %1</source>
        <translation>Telèfon: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Owner: %1</source>
        <translation>Responsable: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner: %1, %2</source>
        <translation>Responsable: %1, %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save the follow-up before adding it to a calendar.</source>
        <translation>Deseu el seguiment abans d&apos;afegir-lo a un calendari.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The follow-up has no due time.</source>
        <translation>El seguiment no té cap hora prevista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The calendar export has no valid time stamp.</source>
        <translation>L&apos;exportació del calendari no té cap marca de temps vàlida.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow-up: %1</source>
        <translation>Seguiment: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The follow-up could not be turned into a calendar entry.</source>
        <translation>No s&apos;ha pogut convertir el seguiment en una entrada de calendari.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot save the calendar file “%1”. Choose a folder you can write to.</source>
        <translation>No es pot desar el fitxer de calendari «%1». Trieu una carpeta on pugueu escriure.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../ui/dialogs/FollowUpDialog.cpp" line="+190"/>
        <source>There is no agent to own the follow-up.</source>
        <translation>No hi ha cap agent que pugui ser responsable del seguiment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date and time of the follow-up.</source>
        <translation>Introduïu la data i l&apos;hora del seguiment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time %1 is in the past. Choose a later date and time.</source>
        <translation>La data i hora triades (%1) ja han passat. Trieu una data i una hora posteriors.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time %1 is more than a year ahead. Choose an earlier date.</source>
        <translation>La data i hora triades (%1) són a més d&apos;un any vista. Trieu una data més propera.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter why the customer will be contacted.</source>
        <translation>Introduïu per què es contactarà amb el client.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due on %1.</source>
        <translation>Data prevista: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Required</source>
        <translation>Obligatori</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This call script has no follow-up sentence.</source>
        <translation>Aquest guió de trucada no té cap frase de seguiment.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Schedule a follow-up</source>
        <translation>Programa un seguiment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Who will contact the customer:</source>
        <translation>&amp;Qui contactarà amb el client:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up owner</source>
        <translation>Responsable del seguiment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;hen (your local time):</source>
        <translation>Q&amp;uan (la vostra hora local):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up date and time</source>
        <translation>Data i hora del seguiment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wh&amp;y:</source>
        <translation>&amp;Per què:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the follow-up</source>
        <translation>Motiu del seguiment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: to confirm the refund has arrived</source>
        <translation>Per exemple: per confirmar que ha arribat el reemborsament</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read back to the customer:</source>
        <translation>Llegiu al client:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up sentence</source>
        <translation>Frase de seguiment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Schedule</source>
        <translation>Pro&amp;grama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule follow-up</source>
        <translation>Programa el seguiment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
</context>
<context>
    <name>FollowUpsPane</name>
    <message>
        <location filename="../ui/panels/FollowUpsPane.cpp" line="+92"/>
        <source>Export the follow-up to a calendar</source>
        <translation>Exporta el seguiment a un calendari</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calendar files (*.ics)</source>
        <translation>Fitxers de calendari (*.ics)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Loading the follow-ups…</source>
        <translation>S&apos;estan carregant els seguiments…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Overdue: %1</source>
        <translation>Endarrerit: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This follow-up was due on %1 and is overdue.</source>
        <translation>Aquest seguiment està endarrerit (data prevista: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+56"/>
        <source>Unknown customer</source>
        <translation>Client desconegut</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>No follow-ups are due.</source>
        <translation>No hi ha cap seguiment pendent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open follow-ups: %1. Overdue: %2.</source>
        <translation>Seguiments oberts: %1. Endarrerits: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the first %1 are listed.</source>
        <translation>Només es mostren els %1 primers.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Marked the follow-up with %1 as done.</source>
        <translation>S&apos;ha marcat com a fet el seguiment amb %1.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Saved the calendar entry to %1.</source>
        <translation>S&apos;ha desat l&apos;entrada de calendari a %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Follow-ups due</source>
        <translation>Seguiments pendents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Data prevista</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motiu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups due, overdue first</source>
        <translation>Seguiments pendents, primer els endarrerits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark done</source>
        <translation>&amp;Marca com a fet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected follow-up done</source>
        <translation>Marca com a fet el seguiment seleccionat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport to calendar (.ics)…</source>
        <translation>E&amp;xporta al calendari (.ics)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the selected follow-up to a calendar file</source>
        <translation>Exporta el seguiment seleccionat a un fitxer de calendari</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../ui/models/HistoryModel.cpp" line="+274"/>
        <source>Inbound</source>
        <comment>from the customer to us</comment>
        <translation>Entrant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outbound</source>
        <comment>from us to the customer</comment>
        <translation>Sortint</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>When</source>
        <extracomment>History column: date and time of the contact</extracomment>
        <translation>Quan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channel</source>
        <extracomment>History column: phone, e-mail, letter...</extracomment>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Direction</source>
        <extracomment>History column: inbound or outbound</extracomment>
        <translation>Sentit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent</source>
        <extracomment>History column: who handled the contact</extracomment>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subject</source>
        <extracomment>History column</extracomment>
        <translation>Assumpte</translation>
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
        <translation>S&apos;està carregant l&apos;historial…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contact in this history matches the filters.</source>
        <translation>Cap contacte d&apos;aquest historial no coincideix amb els filtres.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reading the call&apos;s timeline…</source>
        <translation>S&apos;està llegint la cronologia de la trucada…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline of the call:</source>
        <translation>Cronologia de la trucada:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Channel:</source>
        <comment>history filter</comment>
        <translation>Canal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the contacts of one channel</source>
        <translation>Mostra els contactes d&apos;un sol canal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All channels</source>
        <translation>Tots els canals</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by words…</source>
        <translation>Filtra per paraules…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the history by words in the subject, summary or notes</source>
        <translation>Filtra l&apos;historial per paraules de l&apos;assumpte, el resum o les notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer history</source>
        <translation>Historial del client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Details</source>
        <translation>&amp;Detalls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of the selected contact</source>
        <translation>Detalls del contacte seleccionat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a contact to read its summary.</source>
        <translation>Seleccioneu un contacte per llegir-ne el resum.</translation>
    </message>
</context>
<context>
    <name>HoldAlerts</name>
    <message>
        <location filename="../ui/platform/HoldAlerts.cpp" line="+61"/>
        <source>⚠ On hold %1 — %2</source>
        <comment>window title past a minute on hold: time on hold, usual title</comment>
        <translation>⚠ En espera %1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On hold %1 — %2</source>
        <comment>window title: time on hold, usual title</comment>
        <translation>En espera %1 — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ On hold %1 — %2 — %3</source>
        <comment>window title past a minute on hold: time on hold, customer, usual title</comment>
        <translation>⚠ En espera %1 — %2 — %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On hold %1 — %2 — %3</source>
        <comment>window title: time on hold, customer, usual title</comment>
        <translation>En espera %1 — %2 — %3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The customer has been on hold for %1. Return to them and apologise.</source>
        <translation>Fa %1 que el client està en espera. Torneu-hi i disculpeu-vos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has been on hold for %2. Return to the customer and apologise.</source>
        <translation>Fa %2 que %1 està en espera. Torneu amb el client i disculpeu-vos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer on hold</source>
        <translation>Client en espera</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Sound when a customer waits on hold</source>
        <translation>&amp;So d&apos;avís quan un client és en espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play a sound when a customer has waited on hold for a minute, and at each reminder after</source>
        <translation>Fa sonar un avís quan un client porta un minut en espera, i a cada recordatori posterior</translation>
    </message>
</context>
<context>
    <name>HoldTimerWidget</name>
    <message>
        <location filename="../ui/panels/HoldTimerWidget.cpp" line="+220"/>
        <source>Hold timer</source>
        <translation>Temporitzador d&apos;espera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the caller on hold</source>
        <translation>Posa en espera l&apos;interlocutor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the caller on hold (Ctrl+H)</source>
        <translation>Posa en espera l&apos;interlocutor (Ctrl+H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put on &amp;hold</source>
        <translation>Po&amp;sa en espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume</source>
        <comment>verb: take the caller off hold</comment>
        <translation>&amp;Reprèn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume the call</source>
        <translation>Reprèn la trucada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the caller off hold (Ctrl+R)</source>
        <translation>Treu de l&apos;espera l&apos;interlocutor (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume the call</source>
        <translation>&amp;Reprèn la trucada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hold for over a minute — return to the customer and apologise</source>
        <translation>En espera des de fa més d&apos;un minut — torneu amb el client i disculpeu-vos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold warning</source>
        <translation>Avís d&apos;espera</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When you return, thank the customer and apologise for the wait.</source>
        <translation>Quan torneu, doneu les gràcies al client i disculpeu-vos per l&apos;espera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When you return, say:</source>
        <translation>Quan torneu, digueu:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apologise for the hold:</source>
        <translation>Disculpeu-vos per l&apos;espera:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1”</source>
        <comment>quotation marks around a line the agent says</comment>
        <translation>«%1»</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Apologise for the hold.</source>
        <translation>Disculpeu-vos per l&apos;espera.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>H&amp;old</source>
        <comment>verb: put the caller on hold</comment>
        <translation>Posa e&amp;n espera</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Apology to say</source>
        <translation>Disculpa que cal dir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I &amp;apologised for the wait</source>
        <translation>M&apos;he dis&amp;culpat per l&apos;espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I apologised for the wait</source>
        <translation>M&apos;he disculpat per l&apos;espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick when you have thanked the customer for holding and apologised; it is recorded with the hold.</source>
        <translation>Marqueu-ho quan hàgiu agraït l&apos;espera al client i us hàgiu disculpat; queda registrat amb l&apos;espera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time on hold</source>
        <translation>Temps en espera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On hold for over a minute: return to the customer and apologise</source>
        <translation>En espera des de fa més d&apos;un minut: torneu amb el client i disculpeu-vos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The caller is on hold</source>
        <translation>L&apos;interlocutor està en espera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The caller is not on hold</source>
        <translation>L&apos;interlocutor no està en espera</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <location filename="../app/integration/ImportColumns.cpp" line="+108"/>
        <source>Salutation</source>
        <translation>Tractament</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Cognoms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telèfon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other phones</source>
        <translation>Altres telèfons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correu electrònic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adreça</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred language</source>
        <translation>Llengua preferida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <extracomment>Column of a customer file: free labels such as &quot;VIP&quot;</extracomment>
        <translation>Etiquetes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not imported</source>
        <extracomment>Column of an imported file that fills no customer field</extracomment>
        <translation>No s’importa</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../ui/platform/ImportCommand.cpp" line="+61"/>
        <source>Imports customers from a CSV file (UTF-8 or UTF-16, comma or semicolon, a header line naming the columns). The file is only read. Rows that cannot be imported are listed with their line number.</source>
        <translation>Importa clients d’un fitxer CSV (UTF-8 o UTF-16, amb comes o punts i comes, i una línia de capçalera amb el nom de les columnes). El fitxer només es llegeix. Les files que no es poden importar es llisten amb el número de línia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit codes: 0 every row imported (duplicates skipped); 1 wrong command line; 2 the database could not be opened or written (nothing imported); 6 the file cannot be read (missing, unknown encoding, no name or phone column); 7 some rows were refused (the others imported, or none with --all-or-nothing).</source>
        <translation>Codis de sortida: 0 s’han importat totes les files (duplicats omesos); 1 línia d’ordres incorrecta; 2 no s’ha pogut obrir o escriure la base de dades (no s’ha importat res); 6 el fitxer no es pot llegir (no existeix, codificació desconeguda, cap columna de nom o telèfon); 7 s’han rebutjat algunes files (les altres s’han importat, o cap amb --all-or-nothing).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Database to open: a file path, sqlite:PATH or postgresql://user@host:port/database. Default: the last one used, else a file in your data folder.</source>
        <extracomment>Command-line help; keep &quot;sqlite:&quot; and &quot;postgresql://&quot; as they are</extracomment>
        <translation>Base de dades que cal obrir: un camí de fitxer, sqlite:PATH o postgresql://user@host:port/database. Per defecte: l’última que s’ha fet servir o, si no, un fitxer a la carpeta de dades.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spec</source>
        <translation>spec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every row, the database&apos;s customers included, but store nothing.</source>
        <translation>Comprova totes les files, també amb els clients de la base de dades, però no desis res.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON object per row (the values as they would be stored, or why the row is refused), then a summary object.</source>
        <translation>Mostra un objecte JSON per fila (els valors tal com es desarien, o per què es rebutja la fila) i després un objecte de resum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encoding of a file that is not UTF-8, such as windows-1252. Without it such a file is refused.</source>
        <extracomment>Command-line help; keep &quot;windows-1252&quot; as it is</extracomment>
        <translation>La codificació d’un fitxer que no és UTF-8, com ara windows-1252. Sense aquesta opció, el fitxer es rebutja.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import nothing when any row is refused.</source>
        <translation>No importis res si es rebutja alguna fila.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface language (en, hi, te, ur, ca).</source>
        <translation>Llengua de la interfície (en, hi, te, ur, ca).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>code</source>
        <translation>codi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CSV file to import.</source>
        <translation>El fitxer CSV que cal importar.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE.csv</source>
        <translation>FITXER.csv</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name one CSV file to import.</source>
        <translation>Indiqueu un fitxer CSV per importar.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Line %1 is not UTF-8 text, so nothing was imported. Name the file&apos;s encoding with --encoding, for example --encoding windows-1252.</source>
        <translation>La línia %1 no és text UTF-8, així que no s’ha importat res. Indiqueu la codificació del fitxer amb --encoding, per exemple --encoding windows-1252.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1 is not UTF-8 text, so nothing was imported. The file looks like %2: if that is right, run the import again with --encoding %2.</source>
        <translation>La línia %1 no és text UTF-8, així que no s’ha importat res. El fitxer sembla %2: si és així, torneu a executar la importació amb --encoding %2.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reading the file: %1%</source>
        <translation>S’està llegint el fitxer: %1%</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported: %1</source>
        <translation>No s’ha importat res: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <source>Line %1: %2</source>
        <translation>Línia %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns not imported: %1</source>
        <translation>Columnes que no s’importen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n customer(s) imported.</source>
        <translation>
            <numerusform>S’ha importat %n client.</numerusform>
            <numerusform>S’han importat %n clients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Dry run: %n customer(s) would be imported; nothing was stored.</source>
        <translation>
            <numerusform>Prova: s’importaria %n client; no s’ha desat res.</numerusform>
            <numerusform>Prova: s’importarien %n clients; no s’ha desat res.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Nothing was imported: %n row(s) were refused and --all-or-nothing was given.</source>
        <translation>
            <numerusform>No s’ha importat res: s’ha rebutjat %n fila i s’ha indicat --all-or-nothing.</numerusform>
            <numerusform>No s’ha importat res: s’han rebutjat %n files i s’ha indicat --all-or-nothing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>S’ha omès %n duplicat.</numerusform>
            <numerusform>S’han omès %n duplicats.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) refused.</source>
        <translation>
            <numerusform>S’ha rebutjat %n fila.</numerusform>
            <numerusform>S’han rebutjat %n files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="+56"/>
        <location line="+113"/>
        <source>Import customers</source>
        <translation>Importa clients</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>File to import</source>
        <translation>Fitxer que cal importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>Tria el fitxer…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Encoding of the file</source>
        <translation>Codificació del fitxer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read with this encoding</source>
        <translation>Llegeix amb aquesta codificació</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>First rows, as they will be stored</source>
        <translation>Primeres files, tal com es desaran</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rows that cannot be imported</source>
        <translation>Files que no es poden importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Línia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motiu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import the good rows</source>
        <translation>Importa les files correctes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import nothing if any row is refused</source>
        <translation>No importis res si es rebutja alguna fila</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Progress</source>
        <translation>Progrés</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fitxers CSV (*.csv *.txt);;Tots els fitxers (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the file…</source>
        <translation>S’està llegint el fitxer…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Line %1 is not UTF-8 text. Choose the encoding the file was saved in.</source>
        <translation>La línia %1 no és text UTF-8. Trieu la codificació amb què es va desar el fitxer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1 is not UTF-8 text. It looks like %2: check the names in the preview after reading it.</source>
        <translation>La línia %1 no és text UTF-8. Sembla %2: després de llegir-lo, reviseu els noms a la previsualització.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>semicolon</source>
        <translation>punt i coma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encoding: %1. Delimiter: %2.</source>
        <extracomment>%1 is an encoding such as UTF-8, %2 the delimiter (comma or semicolon)</extracomment>
        <translation>Codificació: %1. Delimitador: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every column is imported.</source>
        <translation>S’importen totes les columnes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns not imported: %1</source>
        <translation>Columnes que no s’importen: %1</translation>
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
            <numerusform>%n client a punt per importar.</numerusform>
            <numerusform>%n clients a punt per importar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n duplicate(s) will be skipped.</source>
        <translation>
            <numerusform>S’ometrà %n duplicat.</numerusform>
            <numerusform>S’ometran %n duplicats.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) cannot be imported.</source>
        <translation>
            <numerusform>%n fila no es pot importar.</numerusform>
            <numerusform>%n files no es poden importar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nothing was imported: %1</source>
        <translation>No s’ha importat res: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The import was cancelled; the customers are as they were before.</source>
        <translation>S’ha cancel·lat la importació; els clients són com abans.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Nothing was imported: %n row(s) cannot be imported, and you chose to import nothing then.</source>
        <translation>
            <numerusform>No s’ha importat res: %n fila no es pot importar i heu triat no importar res en aquest cas.</numerusform>
            <numerusform>No s’ha importat res: %n files no es poden importar i heu triat no importar res en aquest cas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n customer(s) imported.</source>
        <translation>
            <numerusform>S’ha importat %n client.</numerusform>
            <numerusform>S’han importat %n clients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>S’ha omès %n duplicat.</numerusform>
            <numerusform>S’han omès %n duplicats.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n row(s) not imported.</source>
        <translation>
            <numerusform>%n fila no s’ha importat.</numerusform>
            <numerusform>%n files no s’han importat.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Tanca</translation>
    </message>
</context>
<context>
    <name>ImportExportFlow</name>
    <message>
        <location filename="../ui/windows/ImportExportFlow.cpp" line="+40"/>
        <location line="+9"/>
        <source>Export history</source>
        <translation>Exporta l’historial</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+9"/>
        <source>Export customers</source>
        <translation>Exporta clients</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>CSV files (*.csv)</source>
        <translation>Fitxers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed</source>
        <translation>L’exportació ha fallat</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n history entry(s) saved to %1.</source>
        <translation>
            <numerusform>S’ha desat %n entrada de l’historial a %1.</numerusform>
            <numerusform>S’han desat %n entrades de l’historial a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n customer(s) saved to %1.</source>
        <translation>
            <numerusform>S’ha desat %n client a %1.</numerusform>
            <numerusform>S’han desat %n clients a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportExportService</name>
    <message>
        <location filename="../app/services/ImportExportService.cpp" line="+97"/>
        <location line="+10"/>
        <source>The file %1 cannot be written.</source>
        <translation>No es pot escriure el fitxer %1.</translation>
    </message>
</context>
<context>
    <name>ImportRow</name>
    <message>
        <location filename="../app/integration/ImportRow.cpp" line="+86"/>
        <source>A quoted field that starts on line %1 is never closed; the lines after it are read as new rows.</source>
        <translation>Un camp entre cometes que comença a la línia %1 no es tanca mai; les línies següents es llegeixen com a files noves.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A quote mark stands inside a field: put the whole field in quotes and double each quote mark inside it.</source>
        <translation>Hi ha unes cometes dins d’un camp: poseu tot el camp entre cometes i dupliqueu cada cometa de dins.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The row has %1 fields where the header has %2.</source>
        <translation>La fila té %1 camps i la capçalera en té %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The column %1 holds a NUL byte.</source>
        <translation>La columna %1 conté un byte NUL.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The value in the column %1 is longer than %2 characters.</source>
        <translation>El valor de la columna %1 té més de %2 caràcters.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The column %1 holds a character that reverses the direction of text (U+202A–U+202E, U+2066–U+2069); such characters can disguise a value, so the row is not imported.</source>
        <translation>La columna %1 conté un caràcter que inverteix el sentit del text (U+202A–U+202E, U+2066–U+2069); aquests caràcters poden disfressar un valor, així que la fila no s’importa.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The column %1 must hold a two-letter country code such as IN, PK or ES.</source>
        <translation>La columna %1 ha de contenir un codi de país de dues lletres, com ara IN, PK o ES.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The column %1 must hold a language code such as hi, ur or ca.</source>
        <translation>La columna %1 ha de contenir un codi de llengua, com ara hi, ur o ca.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The column %1: %2</source>
        <extracomment>%1 is the column&apos;s name, %2 the reason the number is refused (a sentence)</extracomment>
        <translation>La columna %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The row has neither a name nor a phone number.</source>
        <translation>La fila no té ni nom ni telèfon.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../app/secrets/KeychainSecretStore.cpp" line="+79"/>
        <source>The system keychain is not available: check that it is running and unlocked, then try again.</source>
        <translation>El clauer del sistema no està disponible: comproveu que s&apos;està executant i que està desbloquejat i torneu-ho a provar.</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../ui/windows/MainMenus.cpp" line="+67"/>
        <source>&amp;File</source>
        <translation>&amp;Fitxer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find customer…</source>
        <translation>&amp;Cerca un client…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import customers…</source>
        <translation>&amp;Importa clients…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export customers…</source>
        <translation>&amp;Exporta clients…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;history…</source>
        <translation>Exporta l’&amp;historial…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Surt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Call</source>
        <translation>&amp;Trucada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Visualitza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Ajuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Cordial</source>
        <translation>&amp;Quant al Cordial</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About Cordial</source>
        <translation>Quant al Cordial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Cordial&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;An agent console for frontline customer service: who the customer is, what to say next, and never a long hold.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Cordial&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Una consola d&apos;agent per a l&apos;atenció al client de primera línia: qui és el client, què cal dir a continuació i mai una espera llarga.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="+371"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language “%1” is not available. Cordial continues in English.</source>
        <translation>L&apos;idioma «%1» no està disponible. El Cordial continua en anglès.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Call console</source>
        <translation>Consola de trucades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>H&amp;istory</source>
        <translation>H&amp;istorial</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call not&amp;es:</source>
        <translation>Not&amp;es de la trucada:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 or more customers</source>
        <translation>%1 clients o més</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Changes not saved yet</source>
        <translation>Canvis encara no desats</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) of the call could not be saved to the database yet. They are kept on this computer and saved the next time Cordial starts.</source>
        <translation>
            <numerusform>Encara no s&apos;ha pogut desar a la base de dades %n canvi de la trucada. Es guarda en aquest ordinador i es desarà la propera vegada que s&apos;iniciï el Cordial.</numerusform>
            <numerusform>Encara no s&apos;han pogut desar a la base de dades %n canvis de la trucada. Es guarden en aquest ordinador i es desaran la propera vegada que s&apos;iniciï el Cordial.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Follow-&amp;ups due</source>
        <translation>Seguiments &amp;pendents</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>History and follow-ups</source>
        <translation>Historial i seguiments</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Database: %1</source>
        <translation>Base de dades: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Customer count unavailable</source>
        <translation>El nombre de clients no està disponible</translation>
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
        <translation>Fusiona una fitxa amb %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the other card of this customer by name, phone or e-mail. Its calls, notes, follow-ups and history move to this card, and it leaves the search.</source>
        <translation>Cerqueu l’altra fitxa d’aquest client pel nom, el telèfon o el correu. Les seves trucades, notes, seguiments i historial passen a aquesta fitxa, i deixa d’aparèixer a la cerca.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find the other card:</source>
        <translation>&amp;Cerca l’altra fitxa:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find the other card</source>
        <translation>Cerca l’altra fitxa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cards found</source>
        <translation>Fitxes trobades</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pick the value to keep where the cards differ. Phone numbers and tags of both cards are kept.</source>
        <translation>Trieu el valor que es conserva on les fitxes difereixen. Es conserven els telèfons i les etiquetes de totes dues.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+196"/>
        <source>&amp;Merge cards</source>
        <translation>&amp;Fusiona les fitxes</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>Merge the cards</source>
        <translation>Fusiona les fitxes</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>This card</source>
        <translation>Aquesta fitxa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other card</source>
        <translation>L’altra fitxa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No other card chosen yet.</source>
        <translation>Encara no heu triat cap altra fitxa.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(empty)</source>
        <translation>(buit)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of this card: %2</source>
        <translation>%1 d’aquesta fitxa: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of the other card: %2</source>
        <translation>%1 de l’altra fitxa: %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+8"/>
        <source>Merge cards</source>
        <translation>Fusiona les fitxes</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Merge the card of %1 into the card of %2? Its history moves and it leaves the search. This cannot be undone.</source>
        <extracomment>%1 the card merged away, %2 the card kept</extracomment>
        <translation>Voleu fusionar la fitxa de %1 amb la de %2? El seu historial s’hi trasllada i deixa d’aparèixer a la cerca. No es pot desfer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Do not merge</source>
        <translation>No les fusionis</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Merging…</source>
        <translation>S’estan fusionant…</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../app/storage/Migrations.cpp" line="+66"/>
        <source>The database %1 was written by a newer version of Cordial (schema %2; this version knows up to %3). It was left untouched: update Cordial to open it.</source>
        <translation>La base de dades %1 l&apos;ha escrita una versió més nova del Cordial (esquema %2; aquesta versió en coneix fins al %3). No s&apos;hi ha fet cap canvi: actualitzeu el Cordial per obrir-la.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The database %1 has no Cordial tables yet. An administrator must set it up first with “%2”.</source>
        <translation>La base de dades %1 encara no té les taules del Cordial. Primer un administrador l&apos;ha de preparar amb «%2».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database %1 has schema %2, older than this version of Cordial needs (%3). It was left untouched: an administrator must update it first with “%4”.</source>
        <translation>La base de dades %1 té l&apos;esquema %2, més antic del que necessita aquesta versió del Cordial (%3). No s&apos;hi ha fet cap canvi: primer un administrador l&apos;ha d&apos;actualitzar amb «%4».</translation>
    </message>
</context>
<context>
    <name>NewCallDialog</name>
    <message>
        <location filename="../ui/dialogs/NewCallDialog.cpp" line="+181"/>
        <location line="+95"/>
        <source>Looking up the number…</source>
        <translation>S&apos;està cercant el número…</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Known customer: %1</source>
        <translation>Client conegut: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No customer has this number: a new customer card will be created.</source>
        <translation>Cap client no té aquest número: es crearà una fitxa de client nova.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without a number, a new customer card is created (in person only).</source>
        <translation>Sense número, es crea una fitxa de client nova (només en persona).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 has no phone number to call back.</source>
        <translation>%1 no té cap número de telèfon per tornar-li la trucada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the customer&apos;s phone number.</source>
        <translation>Introduïu el número de telèfon del client.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Enter the new customer&apos;s name: a given name, a family name or both.</source>
        <translation>Introduïu el nom del client nou: el nom, els cognoms o tots dos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving the new customer card…</source>
        <translation>S&apos;està desant la fitxa del client nou…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new customer card could not be saved: %1</source>
        <translation>No s&apos;ha pogut desar la fitxa del client nou: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New call</source>
        <translation>Nova trucada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the &amp;selected customer: %1</source>
        <translation>Amb el client &amp;seleccionat: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the &amp;selected customer (none selected)</source>
        <translation>Amb el client &amp;seleccionat (no n&apos;hi ha cap de seleccionat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call the selected customer</source>
        <translation>Truca al client seleccionat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a phone &amp;number:</source>
        <translation>Amb un &amp;número de telèfon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call by phone number</source>
        <translation>Truca per número de telèfon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number</source>
        <translation>Número de telèfon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+91 98480 22338</source>
        <translation>+34 612 34 56 78</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customer card</source>
        <translation>Fitxa de client nova</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sal&amp;utation:</source>
        <translation>Trac&amp;tament:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salutation</source>
        <translation>Tractament</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ms.</source>
        <translation>Sra.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mr.</source>
        <translation>Sr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mx.</source>
        <translation>Mx.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dr.</source>
        <translation>Dr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Given name:</source>
        <translation>N&amp;om:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Cognoms:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Cognoms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer&apos;s preferred language</source>
        <translation>Idioma preferit del client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channel:</source>
        <translation>C&amp;anal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incoming phone call</source>
        <translation>Trucada telefònica entrant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Callback (you call the customer)</source>
        <translation>Devolució de trucada (truqueu al client)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tart call</source>
        <translation>Inicia la t&amp;rucada</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <location filename="../ui/panels/NotesEditor.cpp" line="+118"/>
        <source>The pasted text is too long for a note (%1 characters; at most %2). Nothing was pasted: paste a shorter extract.</source>
        <translation>El text enganxat és massa llarg per a una nota (%1 caràcters; com a màxim %2). No s&apos;ha enganxat res: enganxeu-ne un fragment més curt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pasted %1 characters into the notes. They are saved with the call; card numbers are masked.</source>
        <translation>S&apos;han enganxat %1 caràcters a les notes. Es desen amb la trucada; els números de targeta s&apos;emmascaren.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Call notes</source>
        <translation>Notes de la trucada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes for this call. Saved as you type; card numbers are masked.</source>
        <translation>Notes d&apos;aquesta trucada. Es desen mentre escriviu; els números de targeta s&apos;emmascaren.</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../ui/panels/NoticeBanner.cpp" line="+40"/>
        <source>Details</source>
        <translation>Detalls</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Details…</source>
        <translation>Detalls…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical details of the notice</source>
        <translation>Detalls tècnics de l&apos;avís</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <extracomment>Button that removes the notice banner once the agent has read it</extracomment>
        <translation>Descarta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the notice</source>
        <translation>Descarta l&apos;avís</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../ui/dialogs/PaymentDialog.cpp" line="+228"/>
        <source>Enter the name exactly as it is printed on the card.</source>
        <translation>Introduïu el nom exactament com està imprès a la targeta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name contains a card number. Type the card number in its own field.</source>
        <translation>El nom conté un número de targeta. Escriviu el número de targeta al seu camp.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the card number; spaces and dashes are fine.</source>
        <translation>Introduïu el número de targeta; podeu fer servir espais i guions.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Valid %1 card ending in %2.</source>
        <translation>Targeta %1 vàlida acabada en %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter the expiry date as MM/YY, for example 05/29.</source>
        <translation>Introduïu la data de caducitat com a MM/AA, per exemple 05/29.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Valid until the end of %1.</source>
        <extracomment>%1 is the month and year in words (&quot;September 2029&quot;).</extracomment>
        <translation>Vàlida fins a final %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Name on the card: %1. %2 ending in %3, expiry %4.</source>
        <translation>Nom a la targeta: %1. %2 acabada en %3, caducitat %4.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Payment read-back</source>
        <translation>Confirmació de les dades de pagament</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the card details as the customer gives them, then read the sentence below back to the customer.</source>
        <translation>Escriviu les dades de la targeta a mesura que el client us les doni i, després, llegiu-li la frase de sota.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name on card:</source>
        <translation>&amp;Nom a la targeta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name on card</source>
        <translation>Nom a la targeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card n&amp;umber:</source>
        <translation>Número de &amp;targeta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card number</source>
        <translation>Número de targeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digits, spaces or dashes</source>
        <translation>Xifres, espais o guions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expiry (MM/YY):</source>
        <translation>&amp;Caducitat (MM/AA):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry date, month and year</source>
        <translation>Data de caducitat, mes i any</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MM/YY</source>
        <extracomment>Placeholder in the card expiry field: two-digit month, slash, two-digit year.</extracomment>
        <translation>MM/AA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read back to the customer:</source>
        <translation>Llegiu al client:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-back sentence</source>
        <translation>Frase de confirmació</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read back the name, the brand, the last four digits and the expiry, never the full number. Only these are saved; the number is erased when this window closes.</source>
        <translation>Llegiu el nom, la marca, les quatre últimes xifres i la caducitat, mai el número complet. Només es desen aquestes dades; el número s&apos;esborra quan es tanca aquesta finestra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Confirm read-back</source>
        <translation>C&amp;onfirma la lectura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm read-back</source>
        <translation>Confirma la lectura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <location filename="../app/domain/PhoneNumber.cpp" line="+46"/>
        <source>“%1” does not start with a country code: check the digits after the “+”.</source>
        <translation>«%1» no comença amb un prefix de país: comproveu les xifres que segueixen el «+».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is too long to be a phone number.</source>
        <translation>«%1» és massa llarg per ser un número de telèfon.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is too long for a phone number with the country code +%2.</source>
        <translation>«%1» és massa llarg per a un número de telèfon amb el prefix de país +%2.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>“%1” is not a phone number: it contains the character “%2”.</source>
        <translation>«%1» no és un número de telèfon: conté el caràcter «%2».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” holds no digits: enter the phone number.</source>
        <translation>«%1» no conté cap xifra: escriviu el número de telèfon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A phone number has at most %1 digits, country code included; this one has %2. Check the number with the customer.</source>
        <extracomment>%1 is the most digits a phone number has (15), %2 how many were typed (more).</extracomment>
        <translation>Un número de telèfon té com a màxim %1 xifres, prefix de país inclòs; aquest en té %2. Comproveu el número amb el client.</translation>
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
        <translation>&amp;Desfés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Re&amp;talla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Enganxa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Suprimeix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Selecciona-ho tot</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+15"/>
        <source>Show Details...</source>
        <translation>Mostra els detalls...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Amaga els detalls...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-35"/>
        <source>OK</source>
        <translation>D&apos;acord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Tanca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Obre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Descarta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Aplica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+14"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Re&amp;talla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Enganxa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Suprimeix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Selecciona-ho tot</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <location filename="../ui/windows/QuitGuard.cpp" line="+28"/>
        <source>Quit Cordial?</source>
        <translation>Voleu sortir del Cordial?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A call is open. Quit anyway?</source>
        <translation>Hi ha una trucada oberta. Voleu sortir igualment?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The call is offered back to you when you start Cordial again.</source>
        <translation>Quan torneu a obrir el Cordial, se us tornarà a oferir la trucada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stay in the call</source>
        <translation>&amp;Continua a la trucada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit anyway</source>
        <translation>&amp;Surt igualment</translation>
    </message>
</context>
<context>
    <name>RequestCapture</name>
    <message>
        <location filename="../ui/panels/RequestCapture.cpp" line="+159"/>
        <source>What the customer wants</source>
        <translation>Què vol el client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;quest:</source>
        <translation>Sol·licit&amp;ud:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer request</source>
        <translation>Sol·licitud del client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. two more CDs</source>
        <translation>p. ex. dos CD més</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fills the restate and closing lines of the script (Ctrl+Shift+Q)</source>
        <translation>Omple les frases de reformulació i de tancament del guió (Ctrl+Maj+Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;tails:</source>
        <translation>Deta&amp;lls:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request details</source>
        <translation>Detalls de la sol·licitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addre&amp;ss:</source>
        <translation>Adre&amp;ça:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery address</source>
        <translation>Adreça de lliurament</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional; the customer card&apos;s address otherwise</source>
        <translation>opcional; si no, l&apos;adreça de la fitxa del client</translation>
    </message>
</context>
<context>
    <name>SaveBacklogBanner</name>
    <message>
        <location filename="../ui/panels/SaveBacklogBanner.cpp" line="+45"/>
        <source>Changes not saved yet</source>
        <translation>Canvis encara no desats</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n change(s) of the call are not saved yet: the database cannot take them now. They are kept in order on this computer and saved as soon as it can; nothing you typed is lost.</source>
        <translation>
            <numerusform>%n canvi de la trucada encara no s&apos;ha desat: ara la base de dades no el pot acceptar. Es guarda en aquest ordinador i es desarà tan aviat com es pugui; no es perd res del que heu escrit.</numerusform>
            <numerusform>%n canvis de la trucada encara no s&apos;han desat: ara la base de dades no els pot acceptar. Es guarden en ordre en aquest ordinador i es desaran tan aviat com es pugui; no es perd res del que heu escrit.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try again now</source>
        <translation>Torna-ho a provar ara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try saving the waiting changes again now</source>
        <translation>Intenta desar ara els canvis pendents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details…</source>
        <translation>Detalls…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the changes are not saved</source>
        <translation>Per què no s&apos;han desat els canvis</translation>
    </message>
</context>
<context>
    <name>ScriptFiller</name>
    <message>
        <location filename="../app/services/ScriptFiller.cpp" line="+71"/>
        <source>Type the customer&apos;s request in the request field to fill in this sentence.</source>
        <translation>Escriviu la sol·licitud del client al camp Sol·licitud per completar aquesta frase.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This read-back is filled in once the payment card is taken.</source>
        <translation>Aquesta confirmació es completa quan s&apos;hagin pres les dades de la targeta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This sentence is filled in once the follow-up is scheduled.</source>
        <translation>Aquesta frase es completa quan s&apos;hagi programat el seguiment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This sentence is filled in once the transfer target is chosen.</source>
        <translation>Aquesta frase es completa quan hàgiu triat a qui es transfereix la trucada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name for the greeting is not set.</source>
        <translation>No s&apos;ha definit el vostre nom per a la salutació.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This sentence needs the customer&apos;s name: choose or create the customer&apos;s card.</source>
        <translation>Aquesta frase necessita el nom del client: trieu o creeu la fitxa del client.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This sentence needs the customer&apos;s address: type it in the address field.</source>
        <translation>Aquesta frase necessita l&apos;adreça del client: escriviu-la al camp de l&apos;adreça.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The company name for the script is not set.</source>
        <translation>No s&apos;ha definit el nom de l&apos;empresa per al guió.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This sentence needs a value that is not known yet.</source>
        <translation>Aquesta frase necessita una dada que encara no se sap.</translation>
    </message>
</context>
<context>
    <name>ScriptLibrary</name>
    <message>
        <location filename="../app/services/ScriptLibrary.cpp" line="+72"/>
        <source>The script file %1 has no text for &quot;%2&quot; in %3.</source>
        <translation>El fitxer de guió %1 no té cap text per a «%2» dins %3.</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+58"/>
        <source>The script file %1 cannot be read.</source>
        <translation>No es pot llegir el fitxer de guió %1.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The script file %1 says it is for &quot;%2&quot; (%3), which does not match where it is stored.</source>
        <translation>El fitxer de guió %1 indica que és per a «%2» (%3), cosa que no coincideix amb el lloc on està desat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no call script for %1 and no English script to fall back on.</source>
        <translation>No hi ha cap guió de trucada per a %1 ni cap guió en anglès per utilitzar-lo en el seu lloc.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The script file %1 is not valid JSON (error at line %2, column %3).</source>
        <translation>El fitxer de guió %1 no és un JSON vàlid (error a la línia %2, columna %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The script file %1 must contain a JSON object.</source>
        <translation>El fitxer de guió %1 ha de contenir un objecte JSON.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The script file %1 uses format %2; this version of Cordial reads format %3 or older.</source>
        <translation>El fitxer de guió %1 fa servir el format %2; aquesta versió del Cordial llegeix el format %3 o anteriors.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file</source>
        <translation>el fitxer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The script file %1 names an unknown channel &quot;%2&quot;.</source>
        <translation>El fitxer de guió %1 indica un canal desconegut, «%2».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The script file %1 has no &quot;steps&quot; list.</source>
        <translation>El fitxer de guió %1 no té cap llista «steps».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>step %1</source>
        <translation>el pas %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the script file %1, %2 is not a JSON object.</source>
        <translation>Al fitxer de guió %1, %2 no és un objecte JSON.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The script file %1 has two steps with the id &quot;%2&quot;.</source>
        <translation>El fitxer de guió %1 té dos passos amb l&apos;identificador «%2».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In the script file %1, &quot;optional&quot; of step &quot;%2&quot; must be true or false.</source>
        <translation>Al fitxer de guió %1, el valor «optional» del pas «%2» ha de ser true o false.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In the script file %1, &quot;lines&quot; must be a JSON object.</source>
        <translation>Al fitxer de guió %1, «lines» ha de ser un objecte JSON.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the script file %1, the line &quot;%2&quot; must be text.</source>
        <translation>Al fitxer de guió %1, la línia «%2» ha de ser text.</translation>
    </message>
    <message>
        <location filename="../app/services/LanguageRulesFile.cpp" line="+58"/>
        <source>The language rules file %1 is not a valid JSON object.</source>
        <translation>El fitxer de regles d&apos;idioma %1 no és un objecte JSON vàlid.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The language rules file %1 does not say its language.</source>
        <translation>El fitxer de regles d&apos;idioma %1 no indica el seu idioma.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the language rules file %1, &quot;%2&quot; is not in the documented form.</source>
        <translation>Al fitxer de regles d&apos;idioma %1, «%2» no té la forma documentada.</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <location filename="../ui/panels/ScriptPanel.cpp" line="+266"/>
        <source>%1 (skipped)</source>
        <extracomment>A script step the agent chose not to say; %1 is the step&apos;s title in the script language</extracomment>
        <translation>%1 (omès)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Current step</source>
        <translation>Pas actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Omès</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Script &amp;language:</source>
        <translation>Idioma del &amp;guió:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Script language for this call</source>
        <translation>Idioma del guió per a aquesta trucada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No call script is available.</source>
        <translation>No hi ha cap guió de trucada disponible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call script: %1</source>
        <translation>Guió de trucada: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next step</source>
        <translation>Pas &amp;següent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step</source>
        <translation>Pas següent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the current step and move to the next one (Ctrl+Return)</source>
        <translation>Marqueu el pas actual i passeu al següent (Ctrl+Retorn)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ne&amp;xt step</source>
        <translation>Pas se&amp;güent</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>S&amp;kip step</source>
        <translation>&amp;Omet el pas</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Skip step</source>
        <translation>Omet el pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the current step out on purpose and move on (Ctrl+Shift+Return)</source>
        <translation>Ometeu expressament el pas actual i passeu al següent (Ctrl+Maj+Retorn)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call script steps</source>
        <translation>Passos del guió de trucada</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Step %1: %2</source>
        <translation>Pas %1: %2</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>What to say in step %1</source>
        <translation>Què cal dir al pas %1</translation>
    </message>
</context>
<context>
    <name>SqlErrors</name>
    <message>
        <location filename="../app/storage/CallRepository.cpp" line="+32"/>
        <source>The record no longer exists.</source>
        <translation>El registre ja no existeix.</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>The call record no longer exists.</source>
        <translation>El registre de la trucada ja no existeix.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The call is already closed or no longer exists.</source>
        <translation>La trucada ja està tancada o ja no existeix.</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>The note no longer exists.</source>
        <translation>La nota ja no existeix.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The follow-up no longer exists.</source>
        <translation>El seguiment ja no existeix.</translation>
    </message>
    <message>
        <location filename="../app/storage/CustomerEditRepository.cpp" line="+19"/>
        <location filename="../app/storage/CustomerMergeRepository.cpp" line="+45"/>
        <location line="+10"/>
        <location filename="../app/storage/CustomerRepository.cpp" line="+106"/>
        <source>The customer record no longer exists. Someone may have removed it.</source>
        <translation>La fitxa del client ja no existeix. És possible que algú l&apos;hagi suprimida.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This customer card was merged into another card. Open that card to change it.</source>
        <translation>Aquesta fitxa de client s’ha fusionat amb una altra. Obriu aquella fitxa per canviar-la.</translation>
    </message>
    <message>
        <location filename="../app/storage/SqlErrors.cpp" line="+45"/>
        <source>The database server %1 does not let %2 sign in: the account may be disabled or not allowed from this computer. Ask your administrator.</source>
        <translation>El servidor de bases de dades %1 no deixa iniciar la sessió a %2: potser el compte està desactivat o no s&apos;hi pot accedir des d&apos;aquest ordinador. Adreceu-vos a l&apos;administrador.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database server %1 refused the user name or password.</source>
        <translation>El servidor de base de dades %1 ha rebutjat el nom d&apos;usuari o la contrasenya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database %1 does not exist on the server.</source>
        <translation>La base de dades %1 no existeix al servidor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database server %1 cannot be reached. Check the address and your network connection, then try again.</source>
        <translation>No es pot connectar amb el servidor de base de dades %1. Comproveu l&apos;adreça i la connexió de xarxa i torneu-ho a provar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database %1 is busy with another user&apos;s change. Try again.</source>
        <translation>La base de dades %1 està ocupada amb un canvi d&apos;un altre usuari. Torneu-ho a provar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your account on the database %1 may not do this. Ask a supervisor or an administrator.</source>
        <translation>El vostre compte a la base de dades %1 no pot fer això. Demaneu-ho a un supervisor o a l&apos;administrador.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database %1 cannot be opened.</source>
        <translation>No es pot obrir la base de dades %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+45"/>
        <source>The database %1 could not carry out the request.</source>
        <translation>La base de dades %1 no ha pogut dur a terme la sol·licitud.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The database file %1 cannot be opened or created. Check that its folder exists and that you may write to it.</source>
        <translation>No es pot obrir ni crear el fitxer de base de dades %1. Comproveu que la seva carpeta existeix i que hi podeu escriure.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database file %1 is read-only. Check that you may write to it and to its folder.</source>
        <translation>El fitxer de base de dades %1 és només de lectura. Comproveu que hi podeu escriure, tant al fitxer com a la seva carpeta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk that holds the database file %1 is full.</source>
        <translation>El disc que conté el fitxer de base de dades %1 és ple.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database file %1 could not be read or written.</source>
        <translation>No s&apos;ha pogut llegir ni escriure el fitxer de base de dades %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database file %1 cannot be opened.</source>
        <translation>No es pot obrir el fitxer de base de dades %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The file %1 is not a Cordial database, or it is damaged. It was left untouched: restore it from a backup or choose another file.</source>
        <translation>El fitxer %1 no és una base de dades del Cordial, o bé està malmès. No s&apos;hi ha fet cap canvi: restaureu-lo a partir d&apos;una còpia de seguretat o trieu un altre fitxer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database %1 is locked by another program. Close the other program or try again later.</source>
        <translation>Un altre programa té bloquejada la base de dades %1. Tanqueu l&apos;altre programa o torneu-ho a provar més tard.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The database %1 is locked by another program and stayed locked for more than %n second(s). Close the other program or try again later.</source>
        <translation>
            <numerusform>Un altre programa té bloquejada la base de dades %1 des de fa més de %n segon. Tanqueu l&apos;altre programa o torneu-ho a provar més tard.</numerusform>
            <numerusform>Un altre programa té bloquejada la base de dades %1 des de fa més de %n segons. Tanqueu l&apos;altre programa o torneu-ho a provar més tard.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/storage/SqlStatement.cpp" line="+129"/>
        <source>The database %1 did not report the new record&apos;s number.</source>
        <translation>La base de dades %1 no ha indicat el número del registre nou.</translation>
    </message>
    <message>
        <location filename="../app/storage/ChangeFeed.cpp" line="+31"/>
        <source>The database %1 cannot report other users&apos; changes.</source>
        <translation>La base de dades %1 no pot avisar dels canvis d&apos;altres usuaris.</translation>
    </message>
    <message>
        <location filename="../app/storage/CustomerMergeRepository.cpp" line="-7"/>
        <source>One of these cards was already merged into another card.</source>
        <translation>Una d’aquestes fitxes ja s’ha fusionat amb una altra.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Choose two different customer cards to merge.</source>
        <translation>Trieu dues fitxes de client diferents per fusionar-les.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../ui/main.cpp" line="+115"/>
        <source>No graphical display was found (neither DISPLAY nor WAYLAND_DISPLAY is set). Start Cordial from a desktop session.</source>
        <translation>No s&apos;ha trobat cap pantalla gràfica (no hi ha ni DISPLAY ni WAYLAND_DISPLAY). Inicieu el Cordial des d&apos;una sessió d&apos;escriptori.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cordial cannot start</source>
        <translation>El Cordial no es pot iniciar</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The database %1 is already at schema version %2; nothing to do.</source>
        <translation>La base de dades %1 ja és a la versió d&apos;esquema %2; no cal fer res.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database %1 was updated from schema version %2 to %3.</source>
        <translation>La base de dades %1 s&apos;ha actualitzat de la versió d&apos;esquema %2 a la %3.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Cordial is already running with the database %1, not %2. Close it first to work with another database.</source>
        <translation>El Cordial ja s&apos;està executant amb la base de dades %1, no amb %2. Tanqueu-lo primer per treballar amb una altra base de dades.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cordial is already running in %1, not in %2. Change the language in its View menu, or close it first.</source>
        <translation>El Cordial ja s&apos;està executant amb l&apos;idioma %1, no amb %2. Canvieu l&apos;idioma al seu menú Visualitza o tanqueu-lo primer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The running Cordial did not take this request.</source>
        <translation>El Cordial en execució no ha acceptat aquesta petició.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cordial is already running</source>
        <translation>El Cordial ja s&apos;està executant</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Empty database</source>
        <translation>Base de dades buida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database has no customers yet. Add demo customers and history to try Cordial?</source>
        <translation>La base de dades encara no té cap client. Voleu afegir-hi clients i historial de demostració per provar el Cordial?</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The language “%1” is not available; continuing in English.</source>
        <translation>L&apos;idioma «%1» no està disponible; es continua en anglès.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cordial is already running but did not answer. Close it or wait a moment, then try again.</source>
        <translation>El Cordial ja s&apos;està executant però no respon. Tanqueu-lo o espereu un moment i torneu-ho a provar.</translation>
    </message>
</context>
<context>
    <name>TeamAdministration</name>
    <message>
        <location filename="../app/storage/TeamAdministration.cpp" line="+37"/>
        <source>You may not add %1: administrators add anyone, supervisors add agents to the teams they supervise.</source>
        <translation>No podeu afegir %1: els administradors poden afegir qualsevol persona, i els supervisors, agents als equips que supervisen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+49"/>
        <source>The server already has a user named %1. Choose another login.</source>
        <translation>El servidor ja té un usuari que es diu %1. Trieu un altre nom d&apos;usuari.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>This database is not set up for teams yet. An administrator runs “cordial admin init” first.</source>
        <translation>Aquesta base de dades encara no està preparada per a equips. Primer un administrador ha d&apos;executar «cordial admin init».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The login %1 cannot be used. Use lower-case Latin letters, digits, “_”, “.” and “-”, starting with a letter, at most 63 characters.</source>
        <extracomment>%1 is the login as typed</extracomment>
        <translation>No es pot fer servir el nom d&apos;usuari %1. Feu servir lletres llatines minúscules, xifres, «_», «.» i «-», començant per una lletra, com a màxim 63 caràcters.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The role %1 does not exist. Use agent, supervisor or admin.</source>
        <translation>El rol %1 no existeix. Feu servir agent, supervisor o admin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the person&apos;s name as said in the greeting.</source>
        <translation>Indiqueu el nom de la persona tal com es diu a la salutació.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name at least one team: agents work in a team, supervisors supervise one.</source>
        <translation>Indiqueu almenys un equip: els agents treballen en un equip i els supervisors en supervisen un.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is empty.</source>
        <translation>La contrasenya és buida.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+40"/>
        <source>Team mode needs a PostgreSQL database; a SQLite file is for one person.</source>
        <translation>El mode d&apos;equip necessita una base de dades PostgreSQL; un fitxer SQLite és per a una sola persona.</translation>
    </message>
</context>
<context>
    <name>TeamSetup</name>
    <message>
        <location filename="../app/services/TeamSetup.cpp" line="+22"/>
        <source>Team mode needs a PostgreSQL database; a SQLite file is for one person.</source>
        <translation>El mode d&apos;equip necessita una base de dades PostgreSQL; un fitxer SQLite és per a una sola persona.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../ui/dialogs/TransferDialog.cpp" line="+132"/>
        <source>Say: “%1”</source>
        <translation>Digueu: «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Consult first</source>
        <translation>&amp;Consulta primer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transfer &amp;now</source>
        <translation>Transfereix a&amp;ra</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is nobody to transfer to: no department or manager is set up.</source>
        <translation>No hi ha ningú a qui transferir la trucada: no hi ha cap departament ni cap responsable configurat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose who to transfer the customer to.</source>
        <translation>Trieu a qui voleu transferir el client.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Transfer the call</source>
        <translation>Transfereix la trucada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No departments or managers are set up for transfers.</source>
        <translation>No hi ha cap departament ni cap responsable configurat per a les transferències.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer &amp;to:</source>
        <translation>&amp;Transfereix a:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer targets</source>
        <translation>Destinataris de la transferència</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>manager</source>
        <translation>responsable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>department</source>
        <translation>departament</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, extension %3)</source>
        <translation>%1 (%2, extensió %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Warm: the customer waits on hold while I consult, and I stay until they are connected</source>
        <translation>&amp;Assistida: el client espera mentre faig la consulta, i em quedo fins que estiguin connectats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warm transfer</source>
        <translation>Transferència assistida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;old: transfer at once without consulting</source>
        <translation>&amp;Directa: transfereix immediatament sense consultar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cold transfer</source>
        <translation>Transferència directa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning: you will leave before the customer is connected. The transfer is recorded as cold.</source>
        <translation>Avís: marxareu abans que el client estigui connectat. La transferència es registra com a directa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cold transfer warning</source>
        <translation>Avís de transferència directa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer line to say</source>
        <translation>Frase de transferència que cal dir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>WrapUpDialog</name>
    <message>
        <location filename="../ui/dialogs/WrapUpDialog.cpp" line="+118"/>
        <source>After-call work so far: %1</source>
        <translation>Feina posterior fins ara: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Describe the outcome in the summary when the disposition is “Other”.</source>
        <translation>Si el resultat és «Altres», expliqueu-lo al resum.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The summary is too long (%1 characters; at most %2). Keep details in the notes.</source>
        <translation>El resum és massa llarg (%1 caràcters; com a màxim %2). Deixeu els detalls a les notes.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Wrap up the call</source>
        <translation>Finalitza la trucada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome of the call</source>
        <translation>Resultat de la trucada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Summary:</source>
        <translation>Re&amp;sum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call summary</source>
        <translation>Resum de la trucada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After-call work time</source>
        <translation>Temps de feina posterior a la trucada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close the call</source>
        <translation>&amp;Tanca la trucada</translation>
    </message>
</context>
</TS>
