<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../plan/ActionDialog.cpp" line="40"/>
        <source>Modifier l&apos;action « %1 »</source>
        <translation>Edit action “%1”</translation>
    </message>
    <message>
        <location filename="../plan/ActionDialog.cpp" line="41"/>
        <source>Nouvelle action du plan</source>
        <translation>New plan action</translation>
    </message>
    <message>
        <location filename="../plan/ActionDialog.cpp" line="48"/>
        <source>ex. appels-btp-s3</source>
        <translation>e.g. calls-construction-w3</translation>
    </message>
    <message>
        <location filename="../plan/ActionDialog.cpp" line="57"/>
        <source>Aucun segment (entreprises nommées)</source>
        <translation>No segment (named companies)</translation>
    </message>
    <message>
        <location filename="../plan/ActionDialog.cpp" line="62"/>
        <source>Raison sociale ou SIRET, puis Entrée…</source>
        <translation>Company name or SIRET, then Enter…</translation>
    </message>
    <message>
        <location filename="../plan/ActionDialog.cpp" line="79"/>
        <source>Retirer l&apos;entreprise</source>
        <translation>Remove company</translation>
    </message>
    <message>
        <location filename="../plan/ActionDialog.cpp" line="82"/>
        <source>Experts-comptables</source>
        <translation>Chartered accountants</translation>
    </message>
    <message>
        <location filename="../plan/ActionDialog.cpp" line="83"/>
        <source>Courtiers</source>
        <translation>Brokers</translation>
    </message>
    <message>
        <location filename="../plan/ActionDialog.cpp" line="91"/>
        <source>semaine </source>
        <translation>week </translation>
    </message>
    <message>
        <location filename="../plan/ActionDialog.cpp" line="100"/>
        <source> h par semaine</source>
        <translation> h per week</translation>
    </message>
    <message>
        <location filename="../plan/ActionDialog.cpp" line="105"/>
        <source> € au total</source>
        <translation> € in total</translation>
    </message>
    <message>
        <location filename="../plan/ActionDialog.cpp" line="107"/>
        <source>Estimer</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <location filename="../plan/ActionDialog.cpp" line="110"/>
        <source>Reprendre les heures et le budget du modèle de coût (datasets/couts_actions.csv)</source>
        <translation>Use the hours and budget from the cost model (datasets/couts_actions.csv)</translation>
    </message>
    <message>
        <location filename="../plan/ActionDialog.cpp" line="118"/>
        <source> % de rendez-vous par contact</source>
        <translation> % appointments per contact</translation>
    </message>
    <message>
        <location filename="../plan/ActionDialog.cpp" line="121"/>
        <source>Message, argumentaire, préparation…</source>
        <translation>Message, sales pitch, preparation…</translation>
    </message>
    <message>
        <location filename="../plan/ActionDialog.cpp" line="132"/>
        <source>à</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../plan/ActionDialog.cpp" line="136"/>
        <source>Identifiant</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../plan/ActionDialog.cpp" line="137"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../plan/ActionDialog.cpp" line="138"/>
        <source>Segment visé</source>
        <translation>Target segment</translation>
    </message>
    <message>
        <location filename="../plan/ActionDialog.cpp" line="139"/>
        <source>Entreprises nommées</source>
        <translation>Named companies</translation>
    </message>
    <message>
        <location filename="../plan/ActionDialog.cpp" line="141"/>
        <source>Prescripteurs</source>
        <translation>Referrers</translation>
    </message>
    <message>
        <location filename="../plan/ActionDialog.cpp" line="142"/>
        <source>Semaines</source>
        <translation>Weeks</translation>
    </message>
    <message>
        <location filename="../plan/ActionDialog.cpp" line="143"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../plan/ActionDialog.cpp" line="144"/>
        <source>Temps et budget déclarés</source>
        <translation>Declared time and budget</translation>
    </message>
    <message>
        <location filename="../plan/ActionDialog.cpp" line="146"/>
        <source>Rendement attendu</source>
        <translation>Expected yield</translation>
    </message>
    <message>
        <location filename="../plan/ActionDialog.cpp" line="147"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../plan/ActionDialog.cpp" line="151"/>
        <source>&lt;i&gt;Semaines 1 à %1 déjà jouées : verrouillées.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Weeks 1 to %1 already played: locked.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../plan/ActionDialog.cpp" line="154"/>
        <source>Modifier</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../plan/ActionDialog.cpp" line="154"/>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../plan/ActionDialog.cpp" line="186"/>
        <source>Action commencée en semaine %1 : son début, son type et sa cible restent ceux des semaines jouées</source>
        <translation>Action started in week %1: its start, type and target remain those of the weeks already played</translation>
    </message>
    <message>
        <location filename="../plan/ActionDialog.cpp" line="282"/>
        <source> %1 par semaine</source>
        <translation> %1 per week</translation>
    </message>
    <message>
        <location filename="../plan/ActionDialog.cpp" line="289"/>
        <source>Modèle de coût : %1 h par semaine, %2 au total</source>
        <translation>Cost model: %1 h per week, %2 in total</translation>
    </message>
    <message>
        <location filename="../plan/ActionDialog.cpp" line="292"/>
        <source> (au plus %1 contacts par semaine pour une personne)</source>
        <translation> (at most %1 contacts per week for one person)</translation>
    </message>
</context>
<context>
    <name>AgreementView</name>
    <message>
        <location filename="../evaluation/AgreementView.cpp" line="44"/>
        <source>(sans commentaire)</source>
        <translation>(no comment)</translation>
    </message>
    <message>
        <location filename="../evaluation/AgreementView.cpp" line="45"/>
        <source>Commentaire : %1</source>
        <translation>Comment: %1</translation>
    </message>
    <message>
        <location filename="../evaluation/AgreementView.cpp" line="56"/>
        <source>Évaluateur %1</source>
        <translation>Evaluator %1</translation>
    </message>
    <message>
        <location filename="../evaluation/AgreementView.cpp" line="94"/>
        <source>&lt;b&gt;Commentaire sous le tableau de chaque bloc&lt;/b&gt;</source>
        <translation>&lt;b&gt;Comment under each bloc&apos;s table&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../evaluation/AgreementView.cpp" line="105"/>
        <source>Reprendre les verdicts communs</source>
        <translation>Take the shared verdicts</translation>
    </message>
    <message>
        <location filename="../evaluation/AgreementView.cpp" line="107"/>
        <source>Met comme verdict convenu celui des deux évaluateurs là où ils sont d&apos;accord et où rien n&apos;est encore convenu ; rien n&apos;est enregistré avant « Enregistrer l&apos;accord ».</source>
        <translation>Sets the agreed verdict to the evaluators&apos; common verdict where they agree and nothing is agreed yet; nothing is saved before &quot;Save the agreement&quot;.</translation>
    </message>
    <message>
        <location filename="../evaluation/AgreementView.cpp" line="110"/>
        <source>Enregistrer l&apos;accord</source>
        <translation>Save the agreement</translation>
    </message>
    <message>
        <location filename="../evaluation/AgreementView.cpp" line="122"/>
        <source>Exporter la grille en PDF…</source>
        <translation>Export the grid as PDF…</translation>
    </message>
    <message>
        <location filename="../evaluation/AgreementView.cpp" line="132"/>
        <source>Date de signature :</source>
        <translation>Signing date:</translation>
    </message>
    <message>
        <location filename="../evaluation/AgreementView.cpp" line="178"/>
        <source>Ouvrez ou créez d&apos;abord le fichier d&apos;évaluation.</source>
        <translation>First open or create the evaluation file.</translation>
    </message>
    <message>
        <location filename="../evaluation/AgreementView.cpp" line="184"/>
        <source>&lt;p&gt;L&apos;accord s&apos;ouvre quand les deux évaluateurs ont terminé leur grille (un verdict enregistré pour chacun des %1 critères).&lt;/p&gt;&lt;p&gt;%2 : %3 sur %1 ; %4 : %5 sur %1.&lt;/p&gt;&lt;p&gt;Jusque-là, chacun remplit sa grille sans voir les verdicts de l&apos;autre.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The agreement opens when both evaluators have finished their grid (a saved verdict for each of the %1 criteria).&lt;/p&gt;&lt;p&gt;%2: %3 of %1; %4: %5 of %1.&lt;/p&gt;&lt;p&gt;Until then, each fills their grid without seeing the other&apos;s verdicts.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../evaluation/AgreementView.cpp" line="204"/>
        <source>Critère</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../evaluation/AgreementView.cpp" line="204"/>
        <source>Automatique</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../evaluation/AgreementView.cpp" line="205"/>
        <source>Accord</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../evaluation/AgreementView.cpp" line="205"/>
        <source>Verdict convenu</source>
        <translation>Agreed verdict</translation>
    </message>
    <message>
        <location filename="../evaluation/AgreementView.cpp" line="206"/>
        <source>Commentaire convenu</source>
        <translation>Agreed comment</translation>
    </message>
    <message>
        <location filename="../evaluation/AgreementView.cpp" line="214"/>
        <source>Compétence : %1</source>
        <translation>Competence: %1</translation>
    </message>
    <message>
        <location filename="../evaluation/AgreementView.cpp" line="222"/>
        <source>≠ désaccord</source>
        <translation>≠ disagreement</translation>
    </message>
    <message>
        <location filename="../evaluation/AgreementView.cpp" line="223"/>
        <source>= accord</source>
        <translation>= agreement</translation>
    </message>
    <message>
        <location filename="../evaluation/AgreementView.cpp" line="233"/>
        <source>— à convenir —</source>
        <translation>— to agree —</translation>
    </message>
    <message>
        <location filename="../evaluation/AgreementView.cpp" line="254"/>
        <source>Bloc %1</source>
        <translation>Bloc %1</translation>
    </message>
    <message>
        <location filename="../evaluation/AgreementView.cpp" line="258"/>
        <source>Commentaire sous le tableau du bloc %1</source>
        <translation>Comment under the table of bloc %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../evaluation/AgreementView.cpp" line="261"/>
        <source>%1 (sur %2 critère(s), accord observé %3)</source>
        <translation>
            <numerusform>%1 (out of %2 criterion, observed agreement %3)</numerusform>
            <numerusform>%1 (out of %2 criteria, observed agreement %3)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evaluation/AgreementView.cpp" line="267"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2. Kappa de Cohen — %3 / %4 : &lt;b&gt;%5&lt;/b&gt; ; %3 / automatique : %6 ; %4 / automatique : %7. Seuls les verdicts acquis, partiellement acquis et non acquis comptent (docs/evaluation-grid.md).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2. Cohen&apos;s kappa — %3 / %4: &lt;b&gt;%5&lt;/b&gt;; %3 / automatic: %6; %4 / automatic: %7. Only “achieved”, “partially achieved” and “not achieved” verdicts count (docs/evaluation-grid.md).</translation>
    </message>
    <message numerus="yes">
        <location filename="../evaluation/AgreementView.cpp" line="271"/>
        <source>%1 désaccord(s)</source>
        <translation>
            <numerusform>%1 disagreement</numerusform>
            <numerusform>%1 disagreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../evaluation/AgreementView.cpp" line="273"/>
        <source>sur %1 critère(s) jugé(s) par les deux</source>
        <translation>
            <numerusform>out of %1 criterion assessed by both</numerusform>
            <numerusform>out of %1 criteria assessed by both</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evaluation/AgreementView.cpp" line="296"/>
        <source>Signer : %1</source>
        <translation>Sign: %1</translation>
    </message>
    <message>
        <location filename="../evaluation/AgreementView.cpp" line="299"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../evaluation/AgreementView.cpp" line="301"/>
        <source>%1 : signé le %2</source>
        <translation>%1: signed on %2</translation>
    </message>
    <message>
        <location filename="../evaluation/AgreementView.cpp" line="302"/>
        <source>%1 : pas encore signé</source>
        <translation>%1: not signed yet</translation>
    </message>
    <message>
        <location filename="../evaluation/AgreementView.cpp" line="307"/>
        <source>&lt;b&gt;Grille signée par les deux évaluateurs, en lecture seule.&lt;/b&gt; Code de la grille : &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Grid signed by both evaluators, read-only.&lt;/b&gt; Grid code: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../evaluation/AgreementView.cpp" line="312"/>
        <source>&lt;b&gt;Signée par un évaluateur : la grille ne peut plus changer&lt;/b&gt; ; l&apos;autre évaluateur signe à son tour.</source>
        <translation>&lt;b&gt;Signed by one evaluator: the grid can no longer change&lt;/b&gt;; the other evaluator signs in turn.</translation>
    </message>
    <message numerus="yes">
        <location filename="../evaluation/AgreementView.cpp" line="315"/>
        <source>%1 critère(s) sans verdict convenu : chaque critère en demande un avant la signature.</source>
        <translation>
            <numerusform>%1 criterion without an agreed verdict: every criterion needs one before signing.</numerusform>
            <numerusform>%1 criteria without an agreed verdict: every criterion needs one before signing.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evaluation/AgreementView.cpp" line="321"/>
        <source>Chaque critère a son verdict convenu : les deux évaluateurs peuvent signer (après, plus rien ne change).</source>
        <translation>Every criterion has its agreed verdict: both evaluators may sign (after that, nothing changes).</translation>
    </message>
    <message>
        <location filename="../evaluation/AgreementView.cpp" line="323"/>
        <source>Signatures — %1. %2</source>
        <translation>Signatures — %1. %2</translation>
    </message>
    <message>
        <location filename="../evaluation/AgreementView.cpp" line="370"/>
        <source>Exporter la grille d&apos;évaluation en PDF</source>
        <translation>Export the evaluation grid as PDF</translation>
    </message>
    <message>
        <location filename="../evaluation/AgreementView.cpp" line="371"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>AttemptLoader</name>
    <message>
        <location filename="../shell/AttemptLoader.cpp" line="34"/>
        <source>%1 / %2 %3</source>
        <translation>%1 / %2 %3</translation>
    </message>
    <message>
        <location filename="../shell/AttemptLoader.cpp" line="38"/>
        <location filename="../shell/AttemptLoader.cpp" line="40"/>
        <source>Lecture du marché… %1</source>
        <translation>Reading the market… %1</translation>
    </message>
    <message>
        <location filename="../shell/AttemptLoader.cpp" line="38"/>
        <source>entreprises</source>
        <translation>companies</translation>
    </message>
    <message>
        <location filename="../shell/AttemptLoader.cpp" line="40"/>
        <source>établissements</source>
        <translation>establishments</translation>
    </message>
    <message>
        <location filename="../shell/AttemptLoader.cpp" line="42"/>
        <source>Lecture du fichier prospects… %1</source>
        <translation>Reading the prospect file… %1</translation>
    </message>
    <message>
        <location filename="../shell/AttemptLoader.cpp" line="42"/>
        <source>lignes</source>
        <translation>lines</translation>
    </message>
    <message>
        <location filename="../shell/AttemptLoader.cpp" line="44"/>
        <source>Lecture des anomalies du fichier… %1</source>
        <translation>Reading the file&apos;s defects… %1</translation>
    </message>
    <message>
        <location filename="../shell/AttemptLoader.cpp" line="44"/>
        <source>anomalies</source>
        <translation>defects</translation>
    </message>
    <message>
        <location filename="../shell/AttemptLoader.cpp" line="45"/>
        <source>Vérification de l&apos;intégrité…</source>
        <translation>Checking integrity…</translation>
    </message>
    <message numerus="yes">
        <location filename="../shell/AttemptLoader.cpp" line="47"/>
        <source>Rejeu du journal (%n action(s))…</source>
        <translation>
            <numerusform>Replaying the journal (%n action)…</numerusform>
            <numerusform>Replaying the journal (%n actions)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../shell/AttemptLoader.cpp" line="48"/>
        <source>Préparation du fichier prospects…</source>
        <translation>Preparing the prospect file…</translation>
    </message>
    <message>
        <location filename="../shell/AttemptLoader.cpp" line="49"/>
        <source>Ouverture de l&apos;épreuve…</source>
        <translation>Opening the attempt…</translation>
    </message>
</context>
<context>
    <name>BreakdownChart</name>
    <message>
        <location filename="../common/BreakdownChart.cpp" line="115"/>
        <source>Cliquer pour retirer ce filtre</source>
        <translation>Click to remove this filter</translation>
    </message>
    <message>
        <location filename="../common/BreakdownChart.cpp" line="116"/>
        <source>Cliquer pour filtrer sur cette catégorie</source>
        <translation>Click to filter on this category</translation>
    </message>
    <message>
        <location filename="../common/BreakdownChart.cpp" line="117"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 (%3 %)&lt;br&gt;%4&lt;br&gt;&lt;i&gt;%5&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 (%3%)&lt;br&gt;%4&lt;br&gt;&lt;i&gt;%5&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../common/BreakdownChart.cpp" line="213"/>
        <source>%1 première(s) catégorie(s) sur %2 — %3, %4</source>
        <translation>
            <numerusform>Top %1 category out of %2 — %3, %4</numerusform>
            <numerusform>Top %1 categories out of %2 — %3, %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../common/BreakdownChart.cpp" line="221"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../common/BreakdownChart.cpp" line="210"/>
        <source>Aucune ligne dans la sélection.</source>
        <translation>No rows in the selection.</translation>
    </message>
</context>
<context>
    <name>CommuneCanvas</name>
    <message>
        <location filename="../market/CommuneCanvas.cpp" line="315"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
</context>
<context>
    <name>CommuneMap</name>
    <message>
        <location filename="../market/CommuneMap.cpp" line="65"/>
        <source>Vue d&apos;ensemble</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../market/CommuneMap.cpp" line="66"/>
        <source>Revenir à la vue de tout le territoire</source>
        <translation>Return to the view of the whole territory</translation>
    </message>
    <message>
        <location filename="../market/CommuneMap.cpp" line="69"/>
        <source>Mesure :</source>
        <translation>Measure:</translation>
    </message>
    <message>
        <location filename="../market/CommuneMap.cpp" line="110"/>
        <source>Établissements</source>
        <translation>Establishments</translation>
    </message>
    <message>
        <location filename="../market/CommuneMap.cpp" line="111"/>
        <source>Salariés</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../market/CommuneMap.cpp" line="112"/>
        <source>Membres d&apos;un segment</source>
        <translation>Segment members</translation>
    </message>
    <message>
        <location filename="../market/CommuneMap.cpp" line="113"/>
        <source>Part d&apos;un assureur</source>
        <translation>Insurer share</translation>
    </message>
    <message>
        <location filename="../market/CommuneMap.cpp" line="114"/>
        <source>Lignes d&apos;un segment enregistré, dans la sélection courante</source>
        <translation>Rows of a saved segment, within the current selection</translation>
    </message>
    <message>
        <location filename="../market/CommuneMap.cpp" line="119"/>
        <source>La part d&apos;un assureur apparaît une fois la veille concurrentielle achetée.</source>
        <translation>Insurer share becomes available once competitor intelligence has been purchased.</translation>
    </message>
    <message>
        <location filename="../market/CommuneMap.cpp" line="127"/>
        <source>Aucun segment enregistré</source>
        <translation>No saved segment</translation>
    </message>
    <message>
        <location filename="../market/CommuneMap.cpp" line="243"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;Population : %3&lt;br&gt;%4 dans la sélection</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;Population: %3&lt;br&gt;%4 in the selection</translation>
    </message>
    <message>
        <location filename="../market/CommuneMap.cpp" line="225"/>
        <source>salariés</source>
        <translation>employees</translation>
    </message>
    <message>
        <location filename="../market/CommuneMap.cpp" line="199"/>
        <source>taille : lignes ; couleur : %1 %2 %3 part faible à forte (max. %4 dans la vue)</source>
        <translation>size: lines; colour: %1 %2 %3 low to high share (max. %4 in view)</translation>
    </message>
    <message>
        <location filename="../market/CommuneMap.cpp" line="200"/>
        <source>taille et couleur : %1 %2 %3 faible à fort (max. %4 dans la vue)</source>
        <translation>size and colour: %1 %2 %3 low to high (max. %4 in view)</translation>
    </message>
    <message numerus="yes">
        <location filename="../market/CommuneMap.cpp" line="207"/>
        <source>Par département : %1 département(s) avec des lignes, %2 commune(s) sur %3 — par département, %4.</source>
        <translation>
            <numerusform>By département: %1 département with lines, %2 communes of %3 — by département, %4.</numerusform>
            <numerusform>By département: %1 départements with lines, %2 communes of %3 — by département, %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../market/CommuneMap.cpp" line="211"/>
        <source>%1 commune(s) avec des lignes sur %2 — par commune, %3.</source>
        <translation>
            <numerusform>%1 commune with lines of %2 — by commune, %3.</numerusform>
            <numerusform>%1 communes with lines of %2 — by commune, %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../market/CommuneMap.cpp" line="214"/>
        <source>Molette ou clic sur un département : zoomer jusqu&apos;aux communes ; glisser : déplacer la carte.</source>
        <translation>Wheel or click on a département: zoom in to its communes; drag: move the map.</translation>
    </message>
    <message>
        <location filename="../market/CommuneMap.cpp" line="216"/>
        <source>Molette : zoom ; glisser : déplacer ; clic droit : zoom arrière ; clic sur une commune : la sélectionner.</source>
        <translation>Wheel: zoom; drag: move; right click: zoom out; click on a commune: select it.</translation>
    </message>
    <message>
        <location filename="../market/CommuneMap.cpp" line="227"/>
        <source>membres du segment « %1 »</source>
        <translation>members of segment “%1”</translation>
    </message>
    <message>
        <location filename="../market/CommuneMap.cpp" line="229"/>
        <source>part de %1</source>
        <translation>share of %1</translation>
    </message>
    <message>
        <location filename="../market/CommuneMap.cpp" line="231"/>
        <source>établissements</source>
        <translation>establishments</translation>
    </message>
    <message>
        <location filename="../market/CommuneMap.cpp" line="236"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../market/CommuneMap.cpp" line="248"/>
        <location filename="../market/CommuneMap.cpp" line="265"/>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../market/CommuneMap.cpp" line="257"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3 commune(s) du territoire, population : %4&lt;br&gt;%5 dans la sélection</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3 commune of the territory, population: %4&lt;br&gt;%5 in the selection</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3 communes of the territory, population: %4&lt;br&gt;%5 in the selection</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../market/CommuneMap.cpp" line="267"/>
        <source>Cliquer pour voir ses communes</source>
        <translation>Click to see its communes</translation>
    </message>
</context>
<context>
    <name>CompanyCard</name>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="39"/>
        <source>%1 salarié</source>
        <translation>%1 employee</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="40"/>
        <source>%1 salariés</source>
        <translation>%1 employees</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="50"/>
        <source>Pyramide des âges (état du personnel de l&apos;établissement)</source>
        <translation>Age pyramid (employee census of the establishment)</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="68"/>
        <location filename="../prospects/CompanyCard.cpp" line="125"/>
        <source>Vérifier la fiche</source>
        <translation>Verify the record</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="69"/>
        <source>Appel et contrôle SIRENE : remplace les données du fichier par la réalité (%1 jour d&apos;analyse)</source>
        <translation>Phone call and SIRENE check: replaces the file data with the actual facts (%1 analysis days)</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="72"/>
        <location filename="../prospects/CompanyCard.cpp" line="129"/>
        <source>Demander l&apos;état du personnel</source>
        <translation>Request the employee census</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="75"/>
        <source>Demande à l&apos;entreprise son état du personnel (âge, sexe, cadres, situation familiale, salaires) : %1 jour d&apos;analyse, définitif</source>
        <translation>Asks the company for its employee census (age, sex, managers, family status, pay): %1 analysis day, cannot be undone</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="78"/>
        <source>Signaler…</source>
        <translation>Report…</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="79"/>
        <source>Étiqueter…</source>
        <translation>Tag…</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="80"/>
        <source>Note…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="81"/>
        <source>Construire une offre…</source>
        <translation>Build an offer…</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="83"/>
        <source>Ouvrir l&apos;onglet « Offres » sur cette entreprise : diagnostic, tarif, conformité, proposition</source>
        <translation>Open the “Offers” tab on this company: diagnosis, price, compliance, proposal</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="117"/>
        <source>&lt;p&gt;&lt;i&gt;Choisissez une ligne du fichier prospects pour voir sa fiche.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Choose a row in the prospect file to see its record.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="125"/>
        <source>Fiche vérifiée</source>
        <translation>Record verified</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="128"/>
        <source>État du personnel reçu</source>
        <translation>Employee census received</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="149"/>
        <source> — &lt;b&gt;fiche vérifiée&lt;/b&gt;</source>
        <translation> — &lt;b&gt;record verified&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="150"/>
        <source> — &lt;b style=&apos;color:#a33&apos;&gt;établissement fermé&lt;/b&gt;</source>
        <translation> — &lt;b style=&apos;color:#a33&apos;&gt;closed establishment&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="151"/>
        <source> — &lt;b&gt;client de votre mutuelle&lt;/b&gt;</source>
        <translation> — &lt;b&gt;client of your mutual insurer&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="156"/>
        <source>Activité</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="158"/>
        <location filename="../prospects/CompanyCard.cpp" line="161"/>
        <source>Effectif</source>
        <translation>Headcount</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="159"/>
        <source>inconnu (tranche NN : « %1 »)</source>
        <translation>unknown (headcount band NN: “%1”)</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="162"/>
        <source>%1 (tranche « %2 »)</source>
        <translation>%1 (headcount band “%2”)</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="164"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="166"/>
        <source>Convention</source>
        <translation>Collective agreement</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="168"/>
        <source>aucune connue</source>
        <translation>none known</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="173"/>
        <source>Forme juridique</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="174"/>
        <source>Entreprise</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="174"/>
        <source>%1 du fichier sous ce SIREN ; effectif connu : %2</source>
        <translation>%1 in the file under this SIREN; known headcount: %2</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="296"/>
        <source>%1 : %2 et %3 ; salaire brut annuel moyen %4 €</source>
        <translation>%1: %2 and %3; average gross annual salary €%4</translation>
    </message>
    <message numerus="yes">
        <location filename="../prospects/CompanyCard.cpp" line="298"/>
        <source>%n cadre(s)</source>
        <translation>
            <numerusform>%n manager</numerusform>
            <numerusform>%n managers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../prospects/CompanyCard.cpp" line="299"/>
        <source>%n non-cadre(s)</source>
        <translation>
            <numerusform>%n non-manager</numerusform>
            <numerusform>%n non-managers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="177"/>
        <source>Créée le</source>
        <translation>Created on</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="179"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="179"/>
        <source>&lt;i&gt;aucun contact dans le fichier&lt;/i&gt;</source>
        <translation>&lt;i&gt;no contact in the file&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="184"/>
        <location filename="../prospects/CompanyCard.cpp" line="186"/>
        <location filename="../prospects/CompanyCard.cpp" line="194"/>
        <source>Contrat santé</source>
        <translation>Health contract</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="184"/>
        <source>&lt;i&gt;non connu (révélé par la veille concurrentielle)&lt;/i&gt;</source>
        <translation>&lt;i&gt;unknown (revealed by competitor intelligence)&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="186"/>
        <source>aucun contrat collectif</source>
        <translation>no collective contract</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="189"/>
        <source>%1, niveau %2, échéance %3</source>
        <translation>%1, coverage level %2, renewal date %3</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="193"/>
        <source>, %1 par salarié et par mois</source>
        <translation>, %1 per employee per month</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="200"/>
        <source>Prescripteurs</source>
        <translation>Prescribers</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="209"/>
        <source>&lt;h3&gt;Vérification&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Verification&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="210"/>
        <source>&lt;p&gt;Les données du fichier sont exactes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The file data is accurate.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="225"/>
        <source>signalement « %1 » : %2</source>
        <translation>anomaly report “%1”: %2</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="228"/>
        <source>étiquette « %1 »</source>
        <translation>tag “%1”</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="230"/>
        <source>note : %1</source>
        <translation>note: %1</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="232"/>
        <source>vérification</source>
        <translation>verification</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="234"/>
        <source>demande de l&apos;état du personnel</source>
        <translation>employee census request</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="235"/>
        <source>n° %1, %2 : %3</source>
        <translation>#%1, %2: %3</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="237"/>
        <source>&lt;h3&gt;Vos actions&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Your actions&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="240"/>
        <source>&lt;p&gt;&lt;i&gt;Aucune action sur cette fiche.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;No actions on this record.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="252"/>
        <source>&lt;b&gt;État du personnel non connu.&lt;/b&gt; L&apos;âge, le sexe, les cadres, les situations familiales et les salaires ne sont connus qu&apos;une fois l&apos;état du personnel demandé à l&apos;entreprise (bouton « Demander l&apos;état du personnel », %1 jour d&apos;analyse). L&apos;effectif affiché est celui %2.</source>
        <translation>&lt;b&gt;Employee census not known.&lt;/b&gt; Age, sex, managers, family status and pay are only known once the employee census has been requested from the company (“Request the employee census” button, %1 analysis day). The headcount shown is the one %2.</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="257"/>
        <source>de la fiche vérifiée</source>
        <translation>from the verified record</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="258"/>
        <source>du fichier prospects</source>
        <translation>from the prospect file</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="269"/>
        <source>Femmes</source>
        <translation>Women</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="270"/>
        <source>Hommes</source>
        <translation>Men</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="305"/>
        <source>Vérification de « %1 »</source>
        <translation>Verify “%1”</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="317"/>
        <source>Signalement d&apos;une anomalie</source>
        <translation>Report an anomaly</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="323"/>
        <source>Étiquette « %1 »</source>
        <translation>Tag “%1”</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="329"/>
        <source>Note sur une fiche</source>
        <translation>Note on a record</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="341"/>
        <source>Étiqueter</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="341"/>
        <source>Étiquette :</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="349"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../prospects/CompanyCard.cpp" line="349"/>
        <source>Note sur cette fiche :</source>
        <translation>Note on this record:</translation>
    </message>
</context>
<context>
    <name>CompanyTable</name>
    <message>
        <location filename="../weeks/CompanyTable.cpp" line="35"/>
        <source>Double-cliquer pour ouvrir l&apos;entreprise dans le fichier prospects</source>
        <translation>Double-click to open the company in the prospects file</translation>
    </message>
    <message>
        <location filename="../weeks/CompanyTable.cpp" line="40"/>
        <source>Filtrer : raison sociale, SIRET, action, motif…</source>
        <translation>Filter: company name, SIRET, action, reason…</translation>
    </message>
</context>
<context>
    <name>ComparisonWindow</name>
    <message>
        <location filename="../compare/ComparisonWindow.cpp" line="31"/>
        <source>Comparer des épreuves</source>
        <translation>Compare attempts</translation>
    </message>
    <message>
        <location filename="../compare/ComparisonWindow.cpp" line="33"/>
        <source>Choisir un dossier…</source>
        <translation>Choose a folder…</translation>
    </message>
    <message>
        <location filename="../compare/ComparisonWindow.cpp" line="35"/>
        <source>Compare toutes les épreuves (.cmc) d&apos;un dossier</source>
        <translation>Compares all attempts (.cmc) in a folder</translation>
    </message>
    <message>
        <location filename="../compare/ComparisonWindow.cpp" line="36"/>
        <source>Choisir des fichiers…</source>
        <translation>Choose files…</translation>
    </message>
    <message>
        <location filename="../compare/ComparisonWindow.cpp" line="38"/>
        <source>Exporter en XLSX…</source>
        <translation>Export to XLSX…</translation>
    </message>
    <message>
        <location filename="../compare/ComparisonWindow.cpp" line="40"/>
        <source>Exporter en PDF…</source>
        <translation>Export to PDF…</translation>
    </message>
    <message>
        <location filename="../compare/ComparisonWindow.cpp" line="46"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../compare/ComparisonWindow.cpp" line="49"/>
        <source>Choisissez un dossier d&apos;épreuves ou des fichiers d&apos;épreuve d&apos;un même scénario : chacun est vérifié (intégrité, altération), pré-évalué, puis comparé aux autres.</source>
        <translation>Choose a folder of attempts or attempt files from the same scenario: each one is checked (integrity, tampering), pre-assessed, then compared with the others.</translation>
    </message>
    <message>
        <location filename="../compare/ComparisonWindow.cpp" line="57"/>
        <source>Détail par indicateur</source>
        <translation>Detail by indicator</translation>
    </message>
    <message>
        <location filename="../compare/ComparisonWindow.cpp" line="61"/>
        <source>A : acquis, P : partiellement acquis, N : non acquis, suivis du score ; — : à apprécier par l&apos;évaluateur. Un critère prend le verdict le plus faible de ses indicateurs évalués.</source>
        <translation>A: achieved, P: partly achieved, N: not achieved, followed by the score; —: for the evaluator to assess. A criterion takes the weakest verdict of its assessed indicators.</translation>
    </message>
    <message>
        <location filename="../compare/ComparisonWindow.cpp" line="78"/>
        <source>Verdicts</source>
        <translation>Verdicts</translation>
    </message>
    <message>
        <location filename="../compare/ComparisonWindow.cpp" line="79"/>
        <source>Chiffres clés</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <location filename="../compare/ComparisonWindow.cpp" line="80"/>
        <source>Distributions</source>
        <translation>Distributions</translation>
    </message>
    <message>
        <location filename="../compare/ComparisonWindow.cpp" line="81"/>
        <source>Épreuves écartées</source>
        <translation>Excluded attempts</translation>
    </message>
    <message>
        <location filename="../compare/ComparisonWindow.cpp" line="82"/>
        <source>Avertissements</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../compare/ComparisonWindow.cpp" line="110"/>
        <location filename="../compare/ComparisonWindow.cpp" line="111"/>
        <source>Comparaison annulée.</source>
        <translation>Comparison cancelled.</translation>
    </message>
    <message numerus="yes">
        <location filename="../compare/ComparisonWindow.cpp" line="119"/>
        <source>%1 épreuve(s) sur %2 vérifiée(s) et évaluée(s)</source>
        <translation>
            <numerusform>%1 attempt of %2 checked and assessed</numerusform>
            <numerusform>%1 attempts of %2 checked and assessed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../compare/ComparisonWindow.cpp" line="129"/>
        <source>Dossier des épreuves à comparer</source>
        <translation>Folder of attempts to compare</translation>
    </message>
    <message>
        <location filename="../compare/ComparisonWindow.cpp" line="136"/>
        <source>Épreuves à comparer</source>
        <translation>Attempts to compare</translation>
    </message>
    <message>
        <location filename="../compare/ComparisonWindow.cpp" line="138"/>
        <source>Épreuves (*.cmc)</source>
        <translation>Attempts (*.cmc)</translation>
    </message>
    <message>
        <location filename="../compare/ComparisonWindow.cpp" line="149"/>
        <source>Vérification et pré-évaluation des épreuves…</source>
        <translation>Checking and pre-assessing attempts…</translation>
    </message>
    <message>
        <location filename="../compare/ComparisonWindow.cpp" line="168"/>
        <source>Comparaison impossible : %1</source>
        <translation>Comparison failed: %1</translation>
    </message>
    <message>
        <location filename="../compare/ComparisonWindow.cpp" line="187"/>
        <source>Épreuves écartées (%1)</source>
        <translation>Excluded attempts (%1)</translation>
    </message>
    <message>
        <location filename="../compare/ComparisonWindow.cpp" line="189"/>
        <source>Avertissements (%1)</source>
        <translation>Warnings (%1)</translation>
    </message>
    <message>
        <location filename="../compare/ComparisonWindow.cpp" line="202"/>
        <source>Exporter la comparaison en XLSX</source>
        <translation>Export the comparison to XLSX</translation>
    </message>
    <message>
        <location filename="../compare/ComparisonWindow.cpp" line="204"/>
        <source>Classeurs Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../compare/ComparisonWindow.cpp" line="214"/>
        <source>Exporter la comparaison en PDF</source>
        <translation>Export the comparison to PDF</translation>
    </message>
    <message>
        <location filename="../compare/ComparisonWindow.cpp" line="216"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ContactTable</name>
    <message>
        <location filename="../weeks/ContactTable.cpp" line="14"/>
        <source>Toutes les réponses</source>
        <translation>All responses</translation>
    </message>
    <message>
        <location filename="../weeks/ContactTable.cpp" line="15"/>
        <source>Non joints</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <location filename="../weeks/ContactTable.cpp" line="16"/>
        <source>Joints sans suite</source>
        <translation>Reached, no follow-up</translation>
    </message>
    <message>
        <location filename="../weeks/ContactTable.cpp" line="17"/>
        <source>Intéressés, à rappeler</source>
        <translation>Interested, to call back</translation>
    </message>
    <message>
        <location filename="../weeks/ContactTable.cpp" line="18"/>
        <location filename="../weeks/ContactTable.cpp" line="30"/>
        <source>Rendez-vous pris</source>
        <translation>Appointment booked</translation>
    </message>
    <message>
        <location filename="../weeks/ContactTable.cpp" line="19"/>
        <location filename="../weeks/ContactTable.cpp" line="30"/>
        <source>Refus</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../weeks/ContactTable.cpp" line="27"/>
        <source>Entreprise</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../weeks/ContactTable.cpp" line="27"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../weeks/ContactTable.cpp" line="27"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../weeks/ContactTable.cpp" line="27"/>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../weeks/ContactTable.cpp" line="27"/>
        <source>Réponse</source>
        <translation>Response</translation>
    </message>
    <message>
        <location filename="../weeks/ContactTable.cpp" line="28"/>
        <source>Motif du refus</source>
        <translation>Reason for refusal</translation>
    </message>
    <message>
        <location filename="../weeks/ContactTable.cpp" line="28"/>
        <source>Rappel</source>
        <translation>Callback</translation>
    </message>
    <message>
        <location filename="../weeks/ContactTable.cpp" line="29"/>
        <source>Non joint</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <location filename="../weeks/ContactTable.cpp" line="29"/>
        <source>Joint, sans suite</source>
        <translation>Reached, no follow-up</translation>
    </message>
    <message>
        <location filename="../weeks/ContactTable.cpp" line="29"/>
        <source>Intéressé</source>
        <translation>Interested</translation>
    </message>
    <message>
        <location filename="../weeks/ContactTable.cpp" line="42"/>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location filename="../weeks/ContactTable.cpp" line="48"/>
        <source>Rappel demandé</source>
        <translation>Callback requested</translation>
    </message>
    <message>
        <location filename="../weeks/ContactTable.cpp" line="49"/>
        <source>Contact chaud</source>
        <translation>Warm lead</translation>
    </message>
</context>
<context>
    <name>ConversionPanel</name>
    <message>
        <location filename="../piloting/ConversionPanel.cpp" line="38"/>
        <source>Aucun contact sur les semaines jouées.</source>
        <translation>No contact in the weeks played.</translation>
    </message>
    <message>
        <location filename="../piloting/ConversionPanel.cpp" line="43"/>
        <source>Joints / contacts</source>
        <translation>Reached / contacts</translation>
    </message>
    <message>
        <location filename="../piloting/ConversionPanel.cpp" line="44"/>
        <source>RDV / joints</source>
        <translation>Appts / reached</translation>
    </message>
    <message>
        <location filename="../piloting/ConversionPanel.cpp" line="45"/>
        <source>Signatures / RDV</source>
        <translation>Signatures / appts</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../common/Counts.h" line="18"/>
        <source>%1 ligne(s)</source>
        <translation>
            <numerusform>%1 row</numerusform>
            <numerusform>%1 rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../common/Counts.h" line="19"/>
        <source>%1 salarié(s)</source>
        <translation>
            <numerusform>%1 employee</numerusform>
            <numerusform>%1 employees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../common/Counts.h" line="20"/>
        <source>%1 établissement(s)</source>
        <translation>
            <numerusform>%1 establishment</numerusform>
            <numerusform>%1 establishments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../common/Counts.h" line="21"/>
        <source>%1 commune(s)</source>
        <translation>
            <numerusform>%1 commune</numerusform>
            <numerusform>%1 communes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../common/Counts.h" line="22"/>
        <source>%1 habitant(s)</source>
        <translation>
            <numerusform>%1 inhabitant</numerusform>
            <numerusform>%1 inhabitants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../common/Counts.h" line="23"/>
        <source>%1 personne(s) couverte(s)</source>
        <translation>
            <numerusform>%1 person covered</numerusform>
            <numerusform>%1 people covered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../common/Counts.h" line="24"/>
        <source>%1 contrat(s)</source>
        <translation>
            <numerusform>%1 contract</numerusform>
            <numerusform>%1 contracts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../common/Counts.h" line="25"/>
        <source>%1 semaine(s)</source>
        <translation>
            <numerusform>%1 week</numerusform>
            <numerusform>%1 weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../common/Counts.h" line="31"/>
        <source>%1 jour(s) d&apos;analyse</source>
        <translation>
            <numerusform>%1 analysis day</numerusform>
            <numerusform>%1 analysis days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageLevel</name>
    <message>
        <location filename="../common/CoverageLevels.h" line="8"/>
        <source>Panier ANI</source>
        <translation>ANI minimum basket</translation>
    </message>
    <message>
        <location filename="../common/CoverageLevels.h" line="9"/>
        <source>Intermédiaire</source>
        <translation>Intermediate</translation>
    </message>
    <message>
        <location filename="../common/CoverageLevels.h" line="10"/>
        <source>Confort</source>
        <translation>Comfort</translation>
    </message>
    <message>
        <location filename="../common/CoverageLevels.h" line="11"/>
        <source>Haut de gamme</source>
        <translation>Premium</translation>
    </message>
</context>
<context>
    <name>DefectTruth</name>
    <message>
        <location filename="../evaluation/DefectTruth.cpp" line="49"/>
        <source>Repéré</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../evaluation/DefectTruth.cpp" line="51"/>
        <source>Manqué</source>
        <translation>Missed</translation>
    </message>
    <message>
        <location filename="../evaluation/DefectTruth.cpp" line="53"/>
        <source>Fausse alerte</source>
        <translation>False alarm</translation>
    </message>
</context>
<context>
    <name>DiagnosisHtml</name>
    <message>
        <location filename="../offers/DiagnosisHtml.cpp" line="22"/>
        <source>&lt;h3&gt;Effectif estimé&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Estimated workforce&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../offers/DiagnosisHtml.cpp" line="22"/>
        <source>&lt;h3&gt;Effectif&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Workforce&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../offers/DiagnosisHtml.cpp" line="25"/>
        <source>&lt;p style=&apos;color:#8a5a00&apos;&gt;&lt;b&gt;Estimation&lt;/b&gt; : %1.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#8a5a00&apos;&gt;&lt;b&gt;Estimate&lt;/b&gt;: %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../offers/DiagnosisHtml.cpp" line="27"/>
        <source>&lt;p&gt;%1, dont %2 (%3 %) et %4 (%5 %) ; âge moyen %6 ans.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1, of whom %2 (%3%) and %4 (%5%); average age %6.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../offers/DiagnosisHtml.cpp" line="29"/>
        <source>%1 femme(s)</source>
        <translation>
            <numerusform>%1 woman</numerusform>
            <numerusform>%1 women</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../offers/DiagnosisHtml.cpp" line="31"/>
        <source>%1 cadre(s)</source>
        <translation>
            <numerusform>%1 manager</numerusform>
            <numerusform>%1 managers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../offers/DiagnosisHtml.cpp" line="36"/>
        <source>&lt;p&gt;Âges : %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ages: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../offers/DiagnosisHtml.cpp" line="37"/>
        <source>&lt;p&gt;Familles : %1, %2 en couple, %3, %4 en famille&lt;/p&gt;</source>
        <translation>&lt;p&gt;Families: %1, %2 in a couple, %3, %4 with children&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../offers/DiagnosisHtml.cpp" line="38"/>
        <source>%1 isolé(s)</source>
        <translation>
            <numerusform>%1 single</numerusform>
            <numerusform>%1 single</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../offers/DiagnosisHtml.cpp" line="41"/>
        <source>%1 parent(s) isolé(s)</source>
        <translation>
            <numerusform>%1 single parent</numerusform>
            <numerusform>%1 single parents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../offers/DiagnosisHtml.cpp" line="47"/>
        <source>&lt;p&gt;Masse salariale brute %1 ; salaire moyen cadres %2, non-cadres %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Gross payroll %1; average pay of managers %2, non-managers %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../offers/DiagnosisHtml.cpp" line="48"/>
        <source>(aucun cadre)</source>
        <translation>(no manager)</translation>
    </message>
    <message>
        <location filename="../offers/DiagnosisHtml.cpp" line="49"/>
        <source>(aucun non-cadre)</source>
        <translation>(no non-manager)</translation>
    </message>
    <message>
        <location filename="../offers/DiagnosisHtml.cpp" line="50"/>
        <source>&lt;h3&gt;Obligations&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;Obligations&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../offers/DiagnosisHtml.cpp" line="54"/>
        <source>&lt;/ul&gt;&lt;h3&gt;Couverture actuelle&lt;/h3&gt;&lt;p&gt;Santé : %1&lt;br&gt;Prévoyance : %2&lt;/p&gt;</source>
        <translation>&lt;/ul&gt;&lt;h3&gt;Current cover&lt;/h3&gt;&lt;p&gt;Health: %1&lt;br&gt;Provident: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../offers/DiagnosisHtml.cpp" line="56"/>
        <source>&lt;h3&gt;Insuffisances&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Shortfalls&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../offers/DiagnosisHtml.cpp" line="58"/>
        <source>&lt;p&gt;&lt;i&gt;Aucune relevée à ce stade.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;None found so far.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../offers/DiagnosisHtml.cpp" line="65"/>
        <source>&lt;h3&gt;Questions à poser&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;Questions to ask&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
</context>
<context>
    <name>DistributionChart</name>
    <message>
        <location filename="../compare/DistributionChart.cpp" line="76"/>
        <source>Série :</source>
        <translation>Series:</translation>
    </message>
    <message>
        <location filename="../compare/DistributionChart.cpp" line="92"/>
        <source>Scores des critères</source>
        <translation>Criterion scores</translation>
    </message>
    <message>
        <location filename="../compare/DistributionChart.cpp" line="111"/>
        <source>Scores par critère (valeurs atypiques en rouge)</source>
        <translation>Scores per criterion (outliers in red)</translation>
    </message>
    <message>
        <location filename="../compare/DistributionChart.cpp" line="132"/>
        <source>score sur 100</source>
        <translation>score out of 100</translation>
    </message>
    <message>
        <location filename="../compare/DistributionChart.cpp" line="146"/>
        <source>Distribution (valeurs atypiques en rouge)</source>
        <translation>Distribution (outliers in red)</translation>
    </message>
    <message>
        <location filename="../compare/DistributionChart.cpp" line="174"/>
        <source>Par épreuve (« sans objet » : pas de barre)</source>
        <translation>Per attempt (“not applicable”: no bar)</translation>
    </message>
</context>
<context>
    <name>DossierExport</name>
    <message>
        <location filename="../shell/DossierExport.cpp" line="27"/>
        <source>Exporter le dossier en PDF</source>
        <translation>Export the dossier to PDF</translation>
    </message>
    <message>
        <location filename="../shell/DossierExport.cpp" line="28"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../shell/DossierExport.cpp" line="35"/>
        <location filename="../shell/DossierExport.cpp" line="54"/>
        <source>Export impossible</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../shell/DossierExport.cpp" line="36"/>
        <source>%1 est le fichier de l&apos;épreuve : choisissez un autre nom.</source>
        <translation>%1 is the attempt file: choose another name.</translation>
    </message>
    <message>
        <location filename="../shell/DossierExport.cpp" line="55"/>
        <source>Impossible d&apos;écrire %1 : %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>EvaluationGridStore</name>
    <message>
        <location filename="../evaluation/EvaluationGridStore.cpp" line="56"/>
        <source>Cette épreuve a plusieurs fichiers d&apos;évaluation dans son dossier (%1) : une épreuve n&apos;a qu&apos;une grille. Gardez celle que les deux évaluateurs remplissent et ouvrez-la.</source>
        <translation>This exam has several assessment files in its folder (%1): an exam has only one grid. Keep the one both assessors fill in and open it.</translation>
    </message>
    <message>
        <location filename="../evaluation/EvaluationGridStore.cpp" line="102"/>
        <location filename="../evaluation/EvaluationGridStore.cpp" line="117"/>
        <source>Aucune évaluation n&apos;est ouverte.</source>
        <translation>No evaluation is open.</translation>
    </message>
    <message>
        <location filename="../evaluation/EvaluationGridStore.cpp" line="126"/>
        <source>La grille n&apos;a pas pu être écrite dans %1 : %2</source>
        <translation>The grid could not be written to %1: %2</translation>
    </message>
    <message>
        <location filename="../evaluation/EvaluationGridStore.cpp" line="158"/>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../evaluation/EvaluationGridStore.cpp" line="161"/>
        <source>Opération impossible : %1</source>
        <translation>Operation impossible: %1</translation>
    </message>
</context>
<context>
    <name>EvaluationWorkspace</name>
    <message>
        <location filename="../evaluation/EvaluationWorkspace.cpp" line="28"/>
        <source>Bloc %1</source>
        <translation>Bloc %1</translation>
    </message>
    <message>
        <location filename="../evaluation/EvaluationWorkspace.cpp" line="40"/>
        <source>Critère et indicateur</source>
        <translation>Criterion and indicator</translation>
    </message>
    <message>
        <location filename="../evaluation/EvaluationWorkspace.cpp" line="40"/>
        <source>Verdict automatique</source>
        <translation>Automatic verdict</translation>
    </message>
    <message>
        <location filename="../evaluation/EvaluationWorkspace.cpp" line="40"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../evaluation/EvaluationWorkspace.cpp" line="50"/>
        <source>Preuve</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../evaluation/EvaluationWorkspace.cpp" line="50"/>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../evaluation/EvaluationWorkspace.cpp" line="50"/>
        <source>Entrée</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../evaluation/EvaluationWorkspace.cpp" line="58"/>
        <source>Cliquez une preuve liée à une entrée du journal pour placer la chronologie sur cette entrée.</source>
        <translation>Click an evidence item linked to a journal entry to move the timeline to that entry.</translation>
    </message>
    <message>
        <location filename="../evaluation/EvaluationWorkspace.cpp" line="64"/>
        <source>&lt;b&gt;Explication&lt;/b&gt;</source>
        <translation>&lt;b&gt;Explanation&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../evaluation/EvaluationWorkspace.cpp" line="67"/>
        <source>&lt;b&gt;Preuves&lt;/b&gt; — cliquez une entrée pour la voir dans la chronologie</source>
        <translation>&lt;b&gt;Evidence&lt;/b&gt; — click an entry to see it on the timeline</translation>
    </message>
    <message>
        <location filename="../evaluation/EvaluationWorkspace.cpp" line="129"/>
        <source>&lt;b&gt;Pré-évaluation automatique&lt;/b&gt; après l&apos;entrée %1 du journal : %2 acquis, %3 partiellement acquis, %4 non acquis, %5 à apprécier par l&apos;évaluateur. Elle suit la chronologie : placez-la sur la dernière entrée pour évaluer l&apos;épreuve remise.</source>
        <translation>&lt;b&gt;Automatic pre-assessment&lt;/b&gt; after journal entry %1: %2 acquired, %3 partly acquired, %4 not acquired, %5 for the evaluator to judge. It follows the timeline: move it to the last entry to assess the submitted attempt.</translation>
    </message>
    <message>
        <location filename="../evaluation/EvaluationWorkspace.cpp" line="161"/>
        <source>Compétence : %1</source>
        <translation>Competence: %1</translation>
    </message>
    <message>
        <location filename="../evaluation/EvaluationWorkspace.cpp" line="187"/>
        <source>&lt;p&gt;&lt;i&gt;Choisissez un indicateur pour voir son explication et ses preuves.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Choose an indicator to see its explanation and evidence.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../evaluation/EvaluationWorkspace.cpp" line="198"/>
        <source> (score %1 sur 100)</source>
        <translation> (score %1 out of 100)</translation>
    </message>
    <message>
        <location filename="../evaluation/EvaluationWorkspace.cpp" line="209"/>
        <source>entrée %1 ▸</source>
        <translation>entry %1 ▸</translation>
    </message>
    <message>
        <location filename="../evaluation/EvaluationWorkspace.cpp" line="212"/>
        <source>Placer la chronologie sur l&apos;entrée %1</source>
        <translation>Move the timeline to entry %1</translation>
    </message>
</context>
<context>
    <name>EvaluatorMode</name>
    <message>
        <location filename="../evaluation/EvaluatorMode.cpp" line="18"/>
        <source>Chronologie de l&apos;épreuve (mode évaluateur)</source>
        <translation>Attempt timeline (evaluator mode)</translation>
    </message>
    <message>
        <location filename="../evaluation/EvaluatorMode.cpp" line="27"/>
        <source>Évaluation</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../evaluation/EvaluatorMode.cpp" line="31"/>
        <source>Grille d&apos;évaluation</source>
        <translation>Evaluation grid</translation>
    </message>
    <message>
        <location filename="../evaluation/EvaluatorMode.cpp" line="40"/>
        <source>Reçu de remise non concordant</source>
        <translation>Submission receipt does not match</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../scenario/EventsPage.cpp" line="39"/>
        <source>Les semaines génèrent elles-mêmes des événements de veille ; déclarez ici ceux de l&apos;histoire du scénario, chacun dans sa semaine. Hausse d&apos;un concurrent : son identifiant et le taux (0,06 pour 6 %). Franchissement de seuil : 11 ou 50 salariés. L&apos;entreprise concernée (un client, une entreprise proche du seuil) est tirée au sort par la graine. Texte : ce que lit le candidat à la place de la phrase générée, {entreprise} y est remplacé par son nom.</source>
        <translation>The weeks generate market-watch events themselves; declare here those of the scenario&apos;s story, each in its week. Competitor rise: its identifier and the rate (0.06 for 6 %). Threshold crossing: 11 or 50 employees. The company concerned (a client, a company near the threshold) is drawn by the seed. Text: what the candidate reads instead of the generated sentence; {entreprise} is replaced by its name.</translation>
    </message>
    <message>
        <location filename="../scenario/EventsPage.cpp" line="49"/>
        <source>Identifiant</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <location filename="../scenario/EventsPage.cpp" line="50"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../scenario/EventsPage.cpp" line="51"/>
        <source>Semaine</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../scenario/EventsPage.cpp" line="52"/>
        <source>Concurrent</source>
        <translation>Competitor</translation>
    </message>
    <message>
        <location filename="../scenario/EventsPage.cpp" line="53"/>
        <source>Taux de hausse</source>
        <translation>Rate rise</translation>
    </message>
    <message>
        <location filename="../scenario/EventsPage.cpp" line="54"/>
        <source>Seuil</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <location filename="../scenario/EventsPage.cpp" line="55"/>
        <source>Texte lu par le candidat</source>
        <translation>Text read by the candidate</translation>
    </message>
</context>
<context>
    <name>FigurePicker</name>
    <message>
        <location filename="../note/FigurePicker.cpp" line="18"/>
        <source>Insérer un chiffre</source>
        <translation>Insert a figure</translation>
    </message>
    <message>
        <location filename="../note/FigurePicker.cpp" line="21"/>
        <source>Rechercher un chiffre (libellé, source, thème)…</source>
        <translation>Search for a figure (label, source, theme)…</translation>
    </message>
    <message>
        <location filename="../note/FigurePicker.cpp" line="24"/>
        <source>Chiffre</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../note/FigurePicker.cpp" line="24"/>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../note/FigurePicker.cpp" line="24"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../note/FigurePicker.cpp" line="45"/>
        <source>Insérer</source>
        <translation>Insert</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../prospects/FilterBar.cpp" line="104"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../prospects/FilterBar.cpp" line="109"/>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <location filename="../prospects/FilterBar.cpp" line="110"/>
        <source>commune seule</source>
        <translation>commune only</translation>
    </message>
    <message>
        <location filename="../prospects/FilterBar.cpp" line="111"/>
        <source>Distance autour de la commune (0 : la commune seule)</source>
        <translation>Distance around the commune (0: the commune only)</translation>
    </message>
    <message>
        <location filename="../prospects/FilterBar.cpp" line="122"/>
        <source>Sans convention collective</source>
        <translation>No collective agreement</translation>
    </message>
    <message>
        <location filename="../prospects/FilterBar.cpp" line="135"/>
        <source>Échéance du</source>
        <translation>Renewal date from</translation>
    </message>
    <message>
        <location filename="../prospects/FilterBar.cpp" line="67"/>
        <source>Rechercher un nom ou un SIRET</source>
        <translation>Search for a name or SIRET</translation>
    </message>
    <message>
        <location filename="../prospects/FilterBar.cpp" line="68"/>
        <source>Chaque mot cherché, sans tenir compte des majuscules ni des accents</source>
        <translation>Matches every word typed, ignoring case and accents</translation>
    </message>
    <message>
        <location filename="../prospects/FilterBar.cpp" line="71"/>
        <source>Secteurs</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <location filename="../prospects/FilterBar.cpp" line="71"/>
        <location filename="../prospects/FilterBar.cpp" line="96"/>
        <location filename="../prospects/FilterBar.cpp" line="130"/>
        <location filename="../prospects/FilterBar.cpp" line="131"/>
        <source>tous</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../prospects/FilterBar.cpp" line="84"/>
        <source>Tranches</source>
        <translation>Headcount bands</translation>
    </message>
    <message>
        <location filename="../prospects/FilterBar.cpp" line="84"/>
        <location filename="../prospects/FilterBar.cpp" line="119"/>
        <location filename="../prospects/FilterBar.cpp" line="134"/>
        <source>toutes</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../prospects/FilterBar.cpp" line="96"/>
        <source>Départements</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location filename="../prospects/FilterBar.cpp" line="119"/>
        <source>Conventions</source>
        <translation>Collective agreements</translation>
    </message>
    <message>
        <location filename="../prospects/FilterBar.cpp" line="130"/>
        <source>Assureurs</source>
        <translation>Insurers</translation>
    </message>
    <message>
        <location filename="../prospects/FilterBar.cpp" line="131"/>
        <source>Niveaux</source>
        <translation>Levels</translation>
    </message>
    <message>
        <location filename="../prospects/FilterBar.cpp" line="134"/>
        <source>Marques</source>
        <translation>Marks</translation>
    </message>
    <message>
        <location filename="../prospects/FilterBar.cpp" line="142"/>
        <source>Effacer les filtres</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../prospects/FilterBar.cpp" line="147"/>
        <source>Recharger un filtre enregistré</source>
        <translation>Reload a saved filter</translation>
    </message>
    <message>
        <location filename="../prospects/FilterBar.cpp" line="148"/>
        <source>Enregistrer…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <location filename="../prospects/FilterBar.cpp" line="149"/>
        <source>Enregistre le filtre courant sous un nom</source>
        <translation>Saves the current filter under a name</translation>
    </message>
    <message>
        <location filename="../prospects/FilterBar.cpp" line="216"/>
        <source>Vérifiées</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../prospects/FilterBar.cpp" line="217"/>
        <source>Non vérifiées</source>
        <translation>Not verified</translation>
    </message>
    <message>
        <location filename="../prospects/FilterBar.cpp" line="218"/>
        <source>Signalées</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../prospects/FilterBar.cpp" line="219"/>
        <source>Non signalées</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <location filename="../prospects/FilterBar.cpp" line="220"/>
        <source>Avec une note</source>
        <translation>With a note</translation>
    </message>
    <message>
        <location filename="../prospects/FilterBar.cpp" line="221"/>
        <source>Sans note</source>
        <translation>Without a note</translation>
    </message>
    <message>
        <location filename="../prospects/FilterBar.cpp" line="224"/>
        <location filename="../prospects/FilterBar.cpp" line="327"/>
        <source>Étiquetées</source>
        <translation>Tagged</translation>
    </message>
    <message>
        <location filename="../prospects/FilterBar.cpp" line="231"/>
        <source>Filtres enregistrés…</source>
        <translation>Saved filters…</translation>
    </message>
    <message>
        <location filename="../prospects/FilterBar.cpp" line="371"/>
        <source>✔ Filtre « %1 » enregistré : il se recharge depuis « Filtres enregistrés ».</source>
        <translation>✔ Filter “%1” saved: reload it from “Saved filters”.</translation>
    </message>
    <message>
        <location filename="../prospects/FilterBar.cpp" line="161"/>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../prospects/FilterBar.cpp" line="202"/>
        <source>Sans contrat collectif</source>
        <translation>No collective contract</translation>
    </message>
    <message>
        <location filename="../prospects/FilterBar.cpp" line="206"/>
        <source>Révélé par l&apos;étude de veille concurrentielle (ou, pour vos clients, l&apos;extrait de portefeuille)</source>
        <translation>Revealed by the competitor intelligence study (or, for your clients, the portfolio extract)</translation>
    </message>
    <message>
        <location filename="../prospects/FilterBar.cpp" line="359"/>
        <source>Enregistrer le filtre</source>
        <translation>Save filter</translation>
    </message>
    <message>
        <location filename="../prospects/FilterBar.cpp" line="360"/>
        <source>Nom du filtre :</source>
        <translation>Filter name:</translation>
    </message>
    <message>
        <location filename="../prospects/FilterBar.cpp" line="366"/>
        <source>Enregistrement du filtre « %1 »</source>
        <translation>Save filter “%1”</translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <location filename="../prospects/FlagDialog.cpp" line="11"/>
        <source>Signaler une anomalie</source>
        <translation>Report an anomaly</translation>
    </message>
    <message>
        <location filename="../prospects/FlagDialog.cpp" line="13"/>
        <source>Doublon</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../prospects/FlagDialog.cpp" line="14"/>
        <source>Établissement fermé</source>
        <translation>Closed establishment</translation>
    </message>
    <message>
        <location filename="../prospects/FlagDialog.cpp" line="15"/>
        <source>Donnée erronée (effectif, activité, contact…)</source>
        <translation>Incorrect data (headcount, activity, contact…)</translation>
    </message>
    <message>
        <location filename="../prospects/FlagDialog.cpp" line="18"/>
        <source>Motif : ce qui vous fait penser que la fiche est fausse</source>
        <translation>Reason: what makes you think the record is wrong</translation>
    </message>
    <message>
        <location filename="../prospects/FlagDialog.cpp" line="20"/>
        <source>Écrivez le motif du signalement pour pouvoir le valider.</source>
        <translation>Enter a reason to confirm the report.</translation>
    </message>
    <message>
        <location filename="../prospects/FlagDialog.cpp" line="26"/>
        <source>Anomalie</source>
        <translation>Anomaly</translation>
    </message>
    <message>
        <location filename="../prospects/FlagDialog.cpp" line="27"/>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <location filename="../piloting/FunnelChart.cpp" line="15"/>
        <source>Entonnoir (entreprises par étape)</source>
        <translation>Funnel (companies per stage)</translation>
    </message>
    <message>
        <location filename="../piloting/FunnelChart.cpp" line="23"/>
        <source>Entreprises</source>
        <translation>Companies</translation>
    </message>
</context>
<context>
    <name>FunnelPanel</name>
    <message>
        <location filename="../weeks/FunnelPanel.cpp" line="24"/>
        <source>Toutes les étapes</source>
        <translation>All stages</translation>
    </message>
    <message>
        <location filename="../weeks/FunnelPanel.cpp" line="36"/>
        <source>Entreprise</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../weeks/FunnelPanel.cpp" line="36"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../weeks/FunnelPanel.cpp" line="36"/>
        <source>Étape</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../weeks/FunnelPanel.cpp" line="36"/>
        <source>Depuis</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../weeks/FunnelPanel.cpp" line="36"/>
        <source>Prochaine étape</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../weeks/FunnelPanel.cpp" line="37"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../weeks/FunnelPanel.cpp" line="37"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../weeks/FunnelPanel.cpp" line="37"/>
        <source>Prime signée</source>
        <translation>Signed premium</translation>
    </message>
    <message>
        <location filename="../weeks/FunnelPanel.cpp" line="37"/>
        <source>Motif de la perte</source>
        <translation>Reason for loss</translation>
    </message>
    <message>
        <location filename="../weeks/FunnelPanel.cpp" line="51"/>
        <location filename="../weeks/FunnelPanel.cpp" line="53"/>
        <source>semaine %1</source>
        <translation>week %1</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../scenario/GeneralPage.cpp" line="13"/>
        <source>minuscules, chiffres et tirets : rouen-ze</source>
        <translation>lowercase letters, digits and hyphens: rouen-ze</translation>
    </message>
    <message>
        <location filename="../scenario/GeneralPage.cpp" line="15"/>
        <source>facultatif : formateur ou centre</source>
        <translation>optional: trainer or centre</translation>
    </message>
    <message>
        <location filename="../scenario/GeneralPage.cpp" line="16"/>
        <source>facultatif : 1.0</source>
        <translation>optional: 1.0</translation>
    </message>
    <message>
        <location filename="../scenario/GeneralPage.cpp" line="27"/>
        <source> semaines</source>
        <translation> weeks</translation>
    </message>
    <message>
        <location filename="../scenario/GeneralPage.cpp" line="31"/>
        <source>Identifiant</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../scenario/GeneralPage.cpp" line="32"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../scenario/GeneralPage.cpp" line="33"/>
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../scenario/GeneralPage.cpp" line="34"/>
        <source>Version du scénario</source>
        <translation>Scenario version</translation>
    </message>
    <message>
        <location filename="../scenario/GeneralPage.cpp" line="35"/>
        <source>Consigne au candidat</source>
        <translation>Instructions for the candidate</translation>
    </message>
    <message>
        <location filename="../scenario/GeneralPage.cpp" line="36"/>
        <source>Début (un lundi)</source>
        <translation>Start (a Monday)</translation>
    </message>
    <message>
        <location filename="../scenario/GeneralPage.cpp" line="37"/>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../scenario/GeneralPage.cpp" line="38"/>
        <source>Graine du marché</source>
        <translation>Market seed</translation>
    </message>
    <message>
        <location filename="../scenario/GeneralPage.cpp" line="63"/>
        <source>nombre positif attendu</source>
        <translation>positive number expected</translation>
    </message>
</context>
<context>
    <name>GridForm</name>
    <message>
        <location filename="../evaluation/GridForm.cpp" line="37"/>
        <source>Prénom et nom</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <location filename="../evaluation/GridForm.cpp" line="41"/>
        <source>Formatrice, professionnel du métier…</source>
        <translation>Trainer, professional of the trade…</translation>
    </message>
    <message>
        <location filename="../evaluation/GridForm.cpp" line="44"/>
        <source>Évaluateur %1 :</source>
        <translation>Evaluator %1:</translation>
    </message>
    <message>
        <location filename="../evaluation/GridForm.cpp" line="46"/>
        <source>Rôle :</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../evaluation/GridForm.cpp" line="48"/>
        <source>Partir de la pré-évaluation</source>
        <translation>Start from the pre-assessment</translation>
    </message>
    <message>
        <location filename="../evaluation/GridForm.cpp" line="50"/>
        <source>Met le verdict automatique dans chaque critère encore « à juger » ; rien n&apos;est enregistré avant « Enregistrer ma grille ».</source>
        <translation>Puts the automatic verdict in every criterion still &quot;to judge&quot;; nothing is saved before &quot;Save my grid&quot;.</translation>
    </message>
    <message>
        <location filename="../evaluation/GridForm.cpp" line="52"/>
        <source>Enregistrer ma grille</source>
        <translation>Save my grid</translation>
    </message>
    <message>
        <location filename="../evaluation/GridForm.cpp" line="60"/>
        <source>Critère</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../evaluation/GridForm.cpp" line="60"/>
        <source>Pré-évaluation</source>
        <translation>Pre-assessment</translation>
    </message>
    <message>
        <location filename="../evaluation/GridForm.cpp" line="60"/>
        <source>Votre verdict</source>
        <translation>Your verdict</translation>
    </message>
    <message>
        <location filename="../evaluation/GridForm.cpp" line="60"/>
        <source>Votre commentaire</source>
        <translation>Your comment</translation>
    </message>
    <message>
        <location filename="../evaluation/GridForm.cpp" line="121"/>
        <source>Compétence : %1</source>
        <translation>Competence: %1</translation>
    </message>
    <message>
        <location filename="../evaluation/GridForm.cpp" line="128"/>
        <source>— à juger —</source>
        <translation>— to judge —</translation>
    </message>
    <message>
        <location filename="../evaluation/GridForm.cpp" line="158"/>
        <source>Ouvrez ou créez d&apos;abord le fichier d&apos;évaluation.</source>
        <translation>First open or create the evaluation file.</translation>
    </message>
    <message>
        <location filename="../evaluation/GridForm.cpp" line="166"/>
        <source>Grille signée : elle ne peut plus changer.</source>
        <translation>Grid signed: it can no longer change.</translation>
    </message>
    <message>
        <location filename="../evaluation/GridForm.cpp" line="169"/>
        <source>Les deux grilles sont terminées : elles restent telles quelles, pour que l&apos;accord compare des jugements indépendants. Le verdict convenu se décide dans « Accord et signatures ».</source>
        <translation>Both grids are finished: they stay as they are, so that the agreement compares independent judgements. The agreed verdict is decided in &quot;Agreement and signatures&quot;.</translation>
    </message>
    <message>
        <location filename="../evaluation/GridForm.cpp" line="173"/>
        <source>Grille terminée : vos %1 critères ont un verdict enregistré. Vous pouvez encore la modifier tant que l&apos;autre évaluateur n&apos;a pas terminé la sienne.</source>
        <translation>Grid finished: your %1 criteria have a saved verdict. You may still change it until the other evaluator has finished theirs.</translation>
    </message>
    <message numerus="yes">
        <location filename="../evaluation/GridForm.cpp" line="177"/>
        <source>%1 critère(s) sur %2 ont votre verdict enregistré. Votre grille est terminée quand chaque critère en a un ; celle de l&apos;autre évaluateur reste masquée jusqu&apos;à ce que les deux soient terminées.</source>
        <translation>
            <numerusform>%1 criterion out of %2 has your verdict recorded. Your grid is complete when every criterion has one; the other assessor&apos;s grid stays hidden until both are complete.</numerusform>
            <numerusform>%1 criteria out of %2 have your verdict recorded. Your grid is complete when every criterion has one; the other assessor&apos;s grid stays hidden until both are complete.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evaluation/GridForm.cpp" line="183"/>
        <source> &lt;b&gt;Modifications non enregistrées.&lt;/b&gt;</source>
        <translation> &lt;b&gt;Unsaved changes.&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>GridWorkspace</name>
    <message>
        <location filename="../evaluation/GridWorkspace.cpp" line="35"/>
        <source>Créer ou ouvrir l&apos;évaluation</source>
        <translation>Create or open the evaluation</translation>
    </message>
    <message>
        <location filename="../evaluation/GridWorkspace.cpp" line="38"/>
        <source>Ouvre le fichier d&apos;évaluation (.cmceval) à côté de l&apos;épreuve, ou le crée avec la pré-évaluation automatique à la remise. L&apos;épreuve n&apos;est jamais modifiée.</source>
        <translation>Opens the evaluation file (.cmceval) beside the attempt, or creates it with the automatic pre-assessment at hand-in. The attempt is never modified.</translation>
    </message>
    <message>
        <location filename="../evaluation/GridWorkspace.cpp" line="40"/>
        <source>Ouvrir une autre évaluation…</source>
        <translation>Open another evaluation…</translation>
    </message>
    <message>
        <location filename="../evaluation/GridWorkspace.cpp" line="55"/>
        <location filename="../evaluation/GridWorkspace.cpp" line="126"/>
        <source>Grille de l&apos;évaluateur %1</source>
        <translation>Grid of evaluator %1</translation>
    </message>
    <message>
        <location filename="../evaluation/GridWorkspace.cpp" line="59"/>
        <source>Accord et signatures</source>
        <translation>Agreement and signatures</translation>
    </message>
    <message>
        <location filename="../evaluation/GridWorkspace.cpp" line="74"/>
        <source>Grille écrite dans %1.</source>
        <translation>Grid written to %1.</translation>
    </message>
    <message>
        <location filename="../evaluation/GridWorkspace.cpp" line="90"/>
        <source>Reçu de remise</source>
        <translation>Hand-in receipt</translation>
    </message>
    <message>
        <location filename="../evaluation/GridWorkspace.cpp" line="91"/>
        <source>Reçu donné au candidat à la remise (XXXX-XXXX-XXXX-XXXX) : lui seul prouve que le journal de ce fichier finit bien par cette remise.</source>
        <translation>Receipt given to the candidate at hand-in (XXXX-XXXX-XXXX-XXXX): only it proves that this file&apos;s journal really ends with that hand-in.</translation>
    </message>
    <message>
        <location filename="../evaluation/GridWorkspace.cpp" line="100"/>
        <source>Ouvrir une évaluation</source>
        <translation>Open an evaluation</translation>
    </message>
    <message>
        <location filename="../evaluation/GridWorkspace.cpp" line="102"/>
        <source>Évaluations cmcsim (*.cmceval)</source>
        <translation>cmcsim evaluations (*.cmceval)</translation>
    </message>
    <message>
        <location filename="../evaluation/GridWorkspace.cpp" line="109"/>
        <source>&lt;b&gt;Grille des deux évaluateurs.&lt;/b&gt; Son fichier (%1) vit à côté de l&apos;épreuve, lié à son reçu de remise.</source>
        <translation>&lt;b&gt;The two evaluators&apos; grid.&lt;/b&gt; Its file (%1) lives beside the attempt, bound to its hand-in receipt.</translation>
    </message>
    <message>
        <location filename="../evaluation/GridWorkspace.cpp" line="117"/>
        <source>&lt;b&gt;Évaluation&lt;/b&gt; %1 — épreuve de reçu %2, scénario « %3 », candidat·e %4.</source>
        <translation>&lt;b&gt;Evaluation&lt;/b&gt; %1 — attempt with receipt %2, scenario &quot;%3&quot;, candidate %4.</translation>
    </message>
    <message>
        <location filename="../evaluation/GridWorkspace.cpp" line="121"/>
        <source>(non renseigné)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <location filename="../evaluation/GridWorkspace.cpp" line="127"/>
        <source>Grille de %1 (évaluateur %2)</source>
        <translation>Grid of %1 (evaluator %2)</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../shell/LanguageMenu.cpp" line="9"/>
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../shell/LanguageMenu.cpp" line="21"/>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../shell/LanguageMenu.cpp" line="22"/>
        <source>La langue choisie s&apos;appliquera au prochain démarrage.</source>
        <translation>The selected language will take effect the next time the application starts.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../shell/WindowMenus.cpp" line="43"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../shell/WindowMenus.cpp" line="44"/>
        <source>&amp;Nouvelle épreuve…</source>
        <translation>&amp;New attempt…</translation>
    </message>
    <message>
        <location filename="../shell/WindowMenus.cpp" line="47"/>
        <source>&amp;Ouvrir une épreuve…</source>
        <translation>&amp;Open attempt…</translation>
    </message>
    <message>
        <location filename="../shell/WindowMenus.cpp" line="49"/>
        <source>Ouvrir en mode é&amp;valuateur…</source>
        <translation>Open in e&amp;valuator mode…</translation>
    </message>
    <message>
        <location filename="../shell/WindowMenus.cpp" line="52"/>
        <source>&amp;Comparer des épreuves…</source>
        <translation>&amp;Compare attempts…</translation>
    </message>
    <message>
        <location filename="../shell/WindowMenus.cpp" line="54"/>
        <source>Ajouter un &amp;scénario…</source>
        <translation>Add &amp;scenario…</translation>
    </message>
    <message>
        <location filename="../shell/WindowMenus.cpp" line="55"/>
        <source>Éditeur de scé&amp;narios…</source>
        <translation>Sce&amp;nario editor…</translation>
    </message>
    <message>
        <location filename="../shell/WindowMenus.cpp" line="66"/>
        <source>Exporter la &amp;proposition en PDF…</source>
        <translation>Export the &amp;proposal as PDF…</translation>
    </message>
    <message>
        <location filename="../shell/WindowMenus.cpp" line="72"/>
        <source>Exporter le &amp;dossier en PDF…</source>
        <translation>Export &amp;dossier to PDF…</translation>
    </message>
    <message>
        <location filename="../shell/WindowMenus.cpp" line="77"/>
        <source>&amp;Remettre l&apos;épreuve…</source>
        <translation>Su&amp;bmit attempt…</translation>
    </message>
    <message>
        <location filename="../shell/WindowMenus.cpp" line="79"/>
        <source>&amp;Fermer l&apos;épreuve</source>
        <translation>&amp;Close attempt</translation>
    </message>
    <message>
        <location filename="../shell/WindowMenus.cpp" line="82"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../shell/WindowMenus.cpp" line="89"/>
        <source>É&amp;dition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../shell/MainWindow.cpp" line="442"/>
        <location filename="../shell/WindowMenus.cpp" line="90"/>
        <source>&amp;Annuler</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../shell/WindowMenus.cpp" line="95"/>
        <source>&amp;Rétablir</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../shell/WindowMenus.cpp" line="108"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../shell/WindowMenus.cpp" line="109"/>
        <source>&amp;Accueil</source>
        <translation>&amp;Home</translation>
    </message>
    <message>
        <location filename="../shell/WindowMenus.cpp" line="119"/>
        <source>&amp;Marché</source>
        <translation>&amp;Market</translation>
    </message>
    <message>
        <location filename="../shell/WindowMenus.cpp" line="121"/>
        <source>&amp;Fichier prospects</source>
        <translation>&amp;Prospect file</translation>
    </message>
    <message>
        <location filename="../shell/WindowMenus.cpp" line="124"/>
        <source>&amp;Note de synthèse</source>
        <translation>Summary &amp;note</translation>
    </message>
    <message>
        <location filename="../shell/WindowMenus.cpp" line="126"/>
        <source>&amp;Offres</source>
        <translation>&amp;Offers</translation>
    </message>
    <message>
        <location filename="../shell/WindowMenus.cpp" line="128"/>
        <source>&amp;Plan d&apos;actions</source>
        <translation>&amp;Action plan</translation>
    </message>
    <message>
        <location filename="../shell/WindowMenus.cpp" line="130"/>
        <source>&amp;Semaine</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <location filename="../shell/WindowMenus.cpp" line="132"/>
        <source>&amp;Rendez-vous</source>
        <translation>&amp;Meetings</translation>
    </message>
    <message>
        <location filename="../shell/WindowMenus.cpp" line="134"/>
        <source>P&amp;ilotage</source>
        <translation>&amp;Monitoring</translation>
    </message>
    <message>
        <location filename="../shell/WindowMenus.cpp" line="136"/>
        <source>Appels &amp;d&apos;offres</source>
        <translation>Calls for &amp;tender</translation>
    </message>
    <message>
        <location filename="../shell/WindowMenus.cpp" line="137"/>
        <source>É&amp;valuation (mode évaluateur)</source>
        <translation>E&amp;valuation (evaluator mode)</translation>
    </message>
    <message>
        <location filename="../shell/WindowMenus.cpp" line="143"/>
        <source>&amp;Grille d&apos;évaluation (mode évaluateur)</source>
        <translation>Evaluation &amp;grid (evaluator mode)</translation>
    </message>
    <message>
        <location filename="../shell/WindowMenus.cpp" line="154"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../shell/WindowMenus.cpp" line="155"/>
        <source>&amp;Guide d&apos;utilisation</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../shell/WindowMenus.cpp" line="158"/>
        <source>À &amp;propos de cmcsim</source>
        <translation>&amp;About cmcsim</translation>
    </message>
    <message>
        <location filename="../shell/WindowMenus.cpp" line="160"/>
        <source>À propos de cmcsim</source>
        <translation>About cmcsim</translation>
    </message>
    <message>
        <location filename="../shell/WindowMenus.cpp" line="161"/>
        <source>&lt;h3&gt;cmcsim %1&lt;/h3&gt;&lt;p&gt;Simulateur d&apos;entraînement aux études de cas du titre Conseiller·e mutualiste collectif (blocs 2 à 4).&lt;/p&gt;&lt;p&gt;Données : INSEE, URSSAF, Ministère du Travail ; coordonnées des communes La Poste (ODbL).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;cmcsim %1&lt;/h3&gt;&lt;p&gt;Training simulator for the case studies of the “Conseiller·e mutualiste collectif” (collective mutual insurance advisor) qualification (blocks 2 to 4).&lt;/p&gt;&lt;p&gt;Data: INSEE, URSSAF, French Ministry of Labor; commune coordinates from La Poste (ODbL).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../shell/WindowMenus.cpp" line="170"/>
        <source>Principale</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../shell/MainWindow.cpp" line="146"/>
        <source>Ouvrir une épreuve</source>
        <translation>Open an attempt</translation>
    </message>
    <message>
        <location filename="../shell/MainWindow.cpp" line="147"/>
        <location filename="../shell/MainWindow.cpp" line="155"/>
        <source>Épreuves cmcsim (*.cmc);;Tous les fichiers (*)</source>
        <translation>cmcsim attempts (*.cmc);;All files (*)</translation>
    </message>
    <message>
        <location filename="../shell/MainWindow.cpp" line="153"/>
        <source>Ouvrir une épreuve en mode évaluateur</source>
        <translation>Open an attempt in evaluator mode</translation>
    </message>
    <message>
        <location filename="../shell/MainWindow.cpp" line="159"/>
        <source>Reçu de remise</source>
        <translation>Submission receipt</translation>
    </message>
    <message>
        <location filename="../shell/MainWindow.cpp" line="160"/>
        <source>L&apos;épreuve s&apos;ouvre en lecture seule : rien de ce que vous ferez ne la modifiera.

Reçu de remise communiqué par le candidat (facultatif ; laissez vide pour ne pas le vérifier) :</source>
        <translation>The attempt opens read-only: nothing you do will change it.

Submission receipt given by the candidate (optional; leave empty not to check it):</translation>
    </message>
    <message>
        <location filename="../shell/MainWindow.cpp" line="180"/>
        <source>Remettre l&apos;épreuve</source>
        <translation>Submit attempt</translation>
    </message>
    <message>
        <location filename="../shell/MainWindow.cpp" line="181"/>
        <source>Remettre l&apos;épreuve ? Elle sera scellée : plus aucune action ne sera possible, et un reçu de remise sera affiché.</source>
        <translation>Submit the attempt? It will be sealed: no further action will be possible, and a submission receipt will be shown.</translation>
    </message>
    <message>
        <location filename="../shell/MainWindow.cpp" line="189"/>
        <source>Épreuve remise</source>
        <translation>Attempt submitted</translation>
    </message>
    <message>
        <location filename="../shell/MainWindow.cpp" line="190"/>
        <source>L&apos;épreuve est remise et scellée.

Reçu de remise : %1

Conservez ce code : « cmcsim verify FICHIER --receipt %1 » prouve que le fichier est celui qui a été remis.</source>
        <translation>The attempt is submitted and sealed.

Submission receipt: %1

Keep this code: “cmcsim verify FILE --receipt %1” proves that the file is the one that was submitted.</translation>
    </message>
    <message>
        <location filename="../shell/MainWindow.cpp" line="197"/>
        <source>Ajouter un scénario</source>
        <translation>Add a scenario</translation>
    </message>
    <message>
        <location filename="../shell/MainWindow.cpp" line="207"/>
        <source>Scénario invalide</source>
        <translation>Invalid scenario</translation>
    </message>
    <message>
        <location filename="../shell/MainWindow.cpp" line="241"/>
        <source>Nouvelle épreuve</source>
        <translation>New attempt</translation>
    </message>
    <message>
        <location filename="../shell/MainWindow.cpp" line="242"/>
        <source>Épreuves cmcsim (*.cmc)</source>
        <translation>cmcsim attempts (*.cmc)</translation>
    </message>
    <message>
        <location filename="../shell/GenerationProgress.cpp" line="14"/>
        <source>Génération du marché…</source>
        <translation>Generating the market…</translation>
    </message>
    <message>
        <location filename="../shell/MainWindow.cpp" line="198"/>
        <source>Scénarios et paquets (*.json *.zip)</source>
        <translation>Scenarios and packs (*.json *.zip)</translation>
    </message>
    <message>
        <location filename="../shell/MainWindow.cpp" line="252"/>
        <source>Impossible de créer l&apos;épreuve</source>
        <translation>Cannot create the attempt</translation>
    </message>
    <message>
        <location filename="../shell/MainWindow.cpp" line="271"/>
        <location filename="../shell/MainWindow.cpp" line="313"/>
        <source>Impossible d&apos;ouvrir l&apos;épreuve</source>
        <translation>Cannot open the attempt</translation>
    </message>
    <message>
        <location filename="../shell/MainWindow.cpp" line="297"/>
        <source>Préparation des espaces de travail…</source>
        <translation>Preparing the workspaces…</translation>
    </message>
    <message>
        <location filename="../shell/MainWindow.cpp" line="335"/>
        <source>%1 : enregistré dans l&apos;épreuve.</source>
        <translation>%1: saved in the attempt.</translation>
    </message>
    <message>
        <location filename="../shell/MainWindow.cpp" line="338"/>
        <source>Action refusée</source>
        <translation>Action refused</translation>
    </message>
    <message>
        <location filename="../shell/MainWindow.cpp" line="341"/>
        <source>Vérification de l&apos;intégrité de l&apos;épreuve en cours…</source>
        <translation>Checking the attempt&apos;s integrity…</translation>
    </message>
    <message>
        <location filename="../shell/MainWindow.cpp" line="351"/>
        <source>Épreuve refusée</source>
        <translation>Attempt refused</translation>
    </message>
    <message>
        <location filename="../shell/MainWindow.cpp" line="352"/>
        <source>Cette épreuve a été modifiée en dehors du studio : elle est refusée et fermée, rien n&apos;y a été enregistré.

%1</source>
        <translation>This attempt was modified outside the studio: it is refused and closed; nothing was written to it.

%1</translation>
    </message>
    <message>
        <location filename="../shell/MainWindow.cpp" line="363"/>
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../shell/MainWindow.cpp" line="370"/>
        <source>Note de synthèse</source>
        <translation>Summary note</translation>
    </message>
    <message>
        <location filename="../shell/MainWindow.cpp" line="372"/>
        <source>Plan d&apos;actions</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location filename="../shell/MainWindow.cpp" line="374"/>
        <source>Semaine</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../shell/MainWindow.cpp" line="380"/>
        <source>Rendez-vous</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../shell/MainWindow.cpp" line="385"/>
        <source>Pilotage</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location filename="../shell/MainWindow.cpp" line="387"/>
        <source>Appels d&apos;offres</source>
        <translation>Calls for tender</translation>
    </message>
    <message>
        <location filename="../shell/MainWindow.cpp" line="411"/>
        <source>Épreuve remise : consultation seule, plus aucune action n&apos;y est enregistrée. Pour l&apos;évaluer, ouvrez-la avec Fichier › Ouvrir en mode évaluateur.</source>
        <translation>Exam submitted: read-only, no further actions are recorded in it. To assess it, open it with File › Open in assessor mode.</translation>
    </message>
    <message>
        <location filename="../shell/MainWindow.cpp" line="439"/>
        <source>Annuler — impossible : %1</source>
        <translation>Undo — not possible: %1</translation>
    </message>
    <message>
        <location filename="../shell/MainWindow.cpp" line="441"/>
        <source>&amp;Annuler %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <location filename="../shell/MainWindow.cpp" line="361"/>
        <source>&amp;Rétablir %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <location filename="../shell/WindowMenus.cpp" line="62"/>
        <source>&amp;Exporter la vue (XLSX, CSV)…</source>
        <translation>&amp;Export view (XLSX, CSV)…</translation>
    </message>
    <message>
        <location filename="../shell/MainWindow.cpp" line="367"/>
        <source>Marché</source>
        <translation>Market</translation>
    </message>
    <message>
        <location filename="../shell/MainWindow.cpp" line="369"/>
        <source>Fichier prospects</source>
        <translation>Prospect file</translation>
    </message>
    <message>
        <location filename="../shell/MainWindow.cpp" line="371"/>
        <source>Offres</source>
        <translation>Offers</translation>
    </message>
    <message>
        <location filename="../shell/MainWindow.cpp" line="445"/>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../shell/MainWindow.cpp" line="463"/>
        <source> (remise)</source>
        <translation> (submitted)</translation>
    </message>
    <message>
        <location filename="../shell/MainWindow.cpp" line="464"/>
        <source> — mode évaluateur, lecture seule</source>
        <translation> — evaluator mode, read-only</translation>
    </message>
    <message>
        <location filename="../shell/MainWindow.cpp" line="466"/>
        <source>Date simulée : %1</source>
        <translation>Simulated date: %1</translation>
    </message>
    <message>
        <location filename="../shell/MainWindow.cpp" line="468"/>
        <source>Jours d&apos;analyse restants : %1</source>
        <translation>Analysis days left: %1</translation>
    </message>
    <message>
        <location filename="../shell/MainWindow.cpp" line="472"/>
        <source>Budget restant : %1</source>
        <translation>Budget left: %1</translation>
    </message>
</context>
<context>
    <name>MarketWorkspace</name>
    <message>
        <location filename="../market/MarketWorkspace.cpp" line="53"/>
        <source>Tout effacer</source>
        <translation>Clear all</translation>
    </message>
    <message>
        <location filename="../market/MarketWorkspace.cpp" line="54"/>
        <source>Effacer la sélection faite en cliquant sur les graphiques et la carte</source>
        <translation>Clear the selection made by clicking on the charts and the map</translation>
    </message>
    <message>
        <location filename="../market/MarketWorkspace.cpp" line="75"/>
        <source>Secteur (section NAF)</source>
        <translation>Sector (NAF section)</translation>
    </message>
    <message>
        <location filename="../market/MarketWorkspace.cpp" line="77"/>
        <source>Tranche d&apos;effectif</source>
        <translation>Headcount band</translation>
    </message>
    <message>
        <location filename="../market/MarketWorkspace.cpp" line="78"/>
        <source>Convention collective (10 premières)</source>
        <translation>Collective agreement (top 10)</translation>
    </message>
    <message>
        <location filename="../market/MarketWorkspace.cpp" line="80"/>
        <source>Assureur santé actuel (parts de marché)</source>
        <translation>Current health insurer (market shares)</translation>
    </message>
    <message>
        <location filename="../market/MarketWorkspace.cpp" line="83"/>
        <source>Niveau de garanties santé</source>
        <translation>Health coverage level</translation>
    </message>
    <message>
        <location filename="../market/MarketWorkspace.cpp" line="84"/>
        <source>Mois d&apos;échéance du contrat santé</source>
        <translation>Health contract renewal month</translation>
    </message>
    <message>
        <location filename="../market/MarketWorkspace.cpp" line="89"/>
        <source>Division</source>
        <translation>Division</translation>
    </message>
    <message>
        <location filename="../market/MarketWorkspace.cpp" line="89"/>
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../market/MarketWorkspace.cpp" line="89"/>
        <source>Lignes</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../market/MarketWorkspace.cpp" line="89"/>
        <source>Salariés</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../market/MarketWorkspace.cpp" line="89"/>
        <source>Part</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../market/MarketWorkspace.cpp" line="96"/>
        <source>Cliquer sur une division pour filtrer sur elle</source>
        <translation>Click a division to filter on it</translation>
    </message>
    <message>
        <location filename="../market/MarketWorkspace.cpp" line="103"/>
        <source>Divisions NAF (%1 premières)</source>
        <translation>NAF divisions (top %1)</translation>
    </message>
    <message>
        <location filename="../market/MarketWorkspace.cpp" line="322"/>
        <source>Ce scénario ne propose pas de veille concurrentielle : l&apos;information n&apos;est pas disponible.</source>
        <translation>This scenario offers no competitor intelligence: the information is not available.</translation>
    </message>
    <message>
        <location filename="../market/MarketWorkspace.cpp" line="324"/>
        <source>Révélé par l&apos;étude « %1 » (veille concurrentielle).</source>
        <translation>Revealed by the “%1” study (competitor intelligence).</translation>
    </message>
    <message>
        <location filename="../market/MarketWorkspace.cpp" line="351"/>
        <source>&lt;b&gt;Sélection : %1, %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Selection: %1, %2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../market/MarketWorkspace.cpp" line="355"/>
        <source> — tout le fichier prospects ; cliquez sur une barre ou une commune pour filtrer.</source>
        <translation> — entire prospect file; click a bar or a commune to filter.</translation>
    </message>
    <message>
        <location filename="../market/MarketWorkspace.cpp" line="358"/>
        <source> — sélection : %1</source>
        <translation> — selection: %1</translation>
    </message>
    <message>
        <location filename="../market/MarketWorkspace.cpp" line="368"/>
        <source>secteur %1</source>
        <translation>sector %1</translation>
    </message>
    <message>
        <location filename="../market/MarketWorkspace.cpp" line="369"/>
        <source>division %1</source>
        <translation>division %1</translation>
    </message>
    <message>
        <location filename="../market/MarketWorkspace.cpp" line="370"/>
        <source>tranche %1</source>
        <translation>headcount band %1</translation>
    </message>
    <message>
        <location filename="../market/MarketWorkspace.cpp" line="371"/>
        <source>IDCC %1</source>
        <translation>IDCC %1</translation>
    </message>
    <message>
        <location filename="../market/MarketWorkspace.cpp" line="372"/>
        <source>assureur %1</source>
        <translation>insurer %1</translation>
    </message>
    <message>
        <location filename="../market/MarketWorkspace.cpp" line="373"/>
        <source>niveau %1</source>
        <translation>level %1</translation>
    </message>
    <message>
        <location filename="../market/MarketWorkspace.cpp" line="375"/>
        <source>échéance du %1 au %2</source>
        <translation>renewal date from %1 to %2</translation>
    </message>
    <message>
        <location filename="../market/MarketWorkspace.cpp" line="384"/>
        <source>commune %1</source>
        <translation>commune %1</translation>
    </message>
    <message>
        <location filename="../market/MarketWorkspace.cpp" line="385"/>
        <source>autres critères</source>
        <translation>other criteria</translation>
    </message>
    <message>
        <location filename="../market/MarketWorkspace.cpp" line="403"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>MeetingChoices</name>
    <message>
        <location filename="../meeting/MeetingChoices.cpp" line="27"/>
        <source>Double-cliquer sur une phrase pour la dire à l&apos;entreprise. Choisir une phrase d&apos;une phase suivante fait passer le rendez-vous à cette phase : on ne revient pas en arrière.</source>
        <translation>Double-click a sentence to say it to the company. Choosing a sentence from a later phase moves the meeting to that phase: there is no going back.</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingChoices.cpp" line="30"/>
        <source>Dire</source>
        <translation>Say</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingChoices.cpp" line="33"/>
        <source>&lt;b&gt;Que dire ?&lt;/b&gt; Questions et arguments, par phase</source>
        <translation>&lt;b&gt;What to say?&lt;/b&gt; Questions and arguments, by phase</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingChoices.cpp" line="65"/>
        <source>%1 (phase en cours)</source>
        <translation>%1 (current phase)</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingChoices.cpp" line="86"/>
        <source>Dire la phrase choisie à l&apos;entreprise</source>
        <translation>Say the chosen sentence to the company</translation>
    </message>
</context>
<context>
    <name>MeetingCounterForm</name>
    <message>
        <location filename="../meeting/MeetingCounterForm.cpp" line="17"/>
        <source>&lt;b&gt;Contre-proposition&lt;/b&gt; sur l&apos;offre présentée</source>
        <translation>&lt;b&gt;Counter-proposal&lt;/b&gt; on the presented offer</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingCounterForm.cpp" line="29"/>
        <source>Sans contrepartie</source>
        <translation>Nothing in return</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingCounterForm.cpp" line="34"/>
        <source>Faire la contre-proposition</source>
        <translation>Make the counter-proposal</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingCounterForm.cpp" line="40"/>
        <source>Remise sur la cotisation :</source>
        <translation>Discount on the premium:</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingCounterForm.cpp" line="41"/>
        <source>Contrepartie :</source>
        <translation>In return:</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingCounterForm.cpp" line="56"/>
        <source>Politique commerciale : vous accordez seul jusqu&apos;à %1 % ; au-delà, jusqu&apos;à %2 % avec l&apos;accord de la direction (%3 de plus) ; au-delà, refusée.</source>
        <translation>Sales policy: you may grant up to %1 % on your own; beyond that, up to %2 % with management approval (%3 more); beyond that, refused.</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingCounterForm.cpp" line="68"/>
        <source>Étape %1 : remise de %2 % sur la version %3</source>
        <translation>Step %1: %2 % discount on version %3</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingCounterForm.cpp" line="75"/>
        <source> — &lt;span style=&apos;color:#b00020&apos;&gt;hors politique, refusée&lt;/span&gt;</source>
        <translation> — &lt;span style=&apos;color:#b00020&apos;&gt;outside policy, refused&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingCounterForm.cpp" line="78"/>
        <source> — &lt;span style=&apos;color:#1b7a2f&apos;&gt;accordée par la direction&lt;/span&gt;</source>
        <translation> — &lt;span style=&apos;color:#1b7a2f&apos;&gt;granted by management&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingCounterForm.cpp" line="79"/>
        <source> — &lt;span style=&apos;color:#1b7a2f&apos;&gt;dans votre délégation&lt;/span&gt;</source>
        <translation> — &lt;span style=&apos;color:#1b7a2f&apos;&gt;within your delegation limit&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingCounterForm.cpp" line="88"/>
        <source>Proposer la remise à l&apos;entreprise (commande définitive)</source>
        <translation>Offer the discount to the company (final command)</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingCounterForm.cpp" line="95"/>
        <source>Présentez d&apos;abord une offre</source>
        <translation>Present an offer first</translation>
    </message>
</context>
<context>
    <name>MeetingList</name>
    <message>
        <location filename="../meeting/MeetingList.cpp" line="22"/>
        <source>Rendez-vous</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingList.cpp" line="22"/>
        <source>Confiance</source>
        <translation>Trust</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingList.cpp" line="22"/>
        <source>Issue</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingList.cpp" line="28"/>
        <source>Confiance de l&apos;entreprise, sur 100</source>
        <translation>Company&apos;s confidence, out of 100</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingList.cpp" line="29"/>
        <source>Issue du rendez-vous : en cours, signé, prochaine étape obtenue ou perdu</source>
        <translation>Meeting outcome: ongoing, signed, next step secured or lost</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingList.cpp" line="45"/>
        <source>Phase : %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingList.cpp" line="46"/>
        <source>n° %1 — %2</source>
        <translation>No. %1 — %2</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingList.cpp" line="47"/>
        <source>« %1 »</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingList.cpp" line="52"/>
        <source>%1 (SIRET %2)</source>
        <translation>%1 (SIRET %2)</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingList.cpp" line="56"/>
        <source>Confiance : %1 / 100</source>
        <translation>Confidence: %1 / 100</translation>
    </message>
</context>
<context>
    <name>MeetingNeedsEditor</name>
    <message>
        <location filename="../meeting/MeetingNeedsEditor.cpp" line="18"/>
        <source>Reformulez par écrit les exigences et besoins de l&apos;entreprise ; elle les signe. La loi les demande &lt;b&gt;avant toute conclusion&lt;/b&gt; (art. L521-4 du Code des assurances). Écrivez des phrases, pas une liste de mots : chaque texte refusé coûte de la confiance et du temps.</source>
        <translation>Restate the company&apos;s demands and needs in writing; the company signs them. The law requires them &lt;b&gt;before any contract is concluded&lt;/b&gt; (art. L521-4 of the French Insurance Code). Write sentences, not a list of words: each refused text costs trust and time.</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingNeedsEditor.cpp" line="26"/>
        <source>Exigences et besoins exprimés par l&apos;entreprise : niveau de garanties, postes prioritaires, budget, échéance…</source>
        <translation>Needs and requirements expressed by the company: level of cover, priority items, budget, deadline…</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingNeedsEditor.cpp" line="28"/>
        <source>Reprendre ce que l&apos;entreprise a dit</source>
        <translation>Use what the company said</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingNeedsEditor.cpp" line="30"/>
        <source>Ajoute au texte ce que la découverte a appris</source>
        <translation>Adds to the text what the discovery phase revealed</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingNeedsEditor.cpp" line="32"/>
        <source>Faire signer à l&apos;entreprise</source>
        <translation>Have the company sign</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingNeedsEditor.cpp" line="73"/>
        <source>Choisissez ou ouvrez un rendez-vous.</source>
        <translation>Choose or open a meeting.</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingNeedsEditor.cpp" line="75"/>
        <source>&lt;span style=&apos;color:#1b7a2f&apos;&gt;✔ Signées par l&apos;entreprise à l&apos;étape %1.&lt;/span&gt; Une nouvelle version peut être signée.</source>
        <translation>&lt;span style=&apos;color:#1b7a2f&apos;&gt;✔ Signed by the company at step %1.&lt;/span&gt; A new version can be signed.</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingNeedsEditor.cpp" line="80"/>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;✘ Texte refusé par l&apos;entreprise&lt;/span&gt; : sa réponse dit pourquoi dans le dialogue. Chaque refus coûte de la confiance et du temps.</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;✘ Text refused by the company&lt;/span&gt;: its answer in the dialogue says why. Each refusal costs trust and time.</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingNeedsEditor.cpp" line="83"/>
        <source>&lt;span style=&apos;color:#a35a00&apos;&gt;Pas encore écrites ni signées.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#a35a00&apos;&gt;Not yet written or signed.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingNeedsEditor.cpp" line="90"/>
        <source>L&apos;entreprise signe le texte ci-dessus (commande définitive)</source>
        <translation>The company signs the text above (final command)</translation>
    </message>
</context>
<context>
    <name>MeetingOfferPicker</name>
    <message>
        <location filename="../meeting/MeetingOfferPicker.cpp" line="17"/>
        <source>Présentez une version de l&apos;offre enregistrée pour cet établissement dans l&apos;espace &lt;i&gt;Offres&lt;/i&gt;. L&apos;entreprise réagit à ce qu&apos;elle lui coûterait.</source>
        <translation>Present a version of the offer saved for this establishment in the &lt;i&gt;Offers&lt;/i&gt; area. The company reacts to what it would cost.</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingOfferPicker.cpp" line="25"/>
        <source>Présenter une offre</source>
        <translation>Present an offer</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingOfferPicker.cpp" line="64"/>
        <source>v%1 — %2</source>
        <translation>v%1 — %2</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingOfferPicker.cpp" line="74"/>
        <source>Aucune offre enregistrée pour cet établissement : &lt;a href=&apos;offres&apos;&gt;la construire dans l&apos;espace Offres&lt;/a&gt;.</source>
        <translation>No offer saved for this establishment: &lt;a href=&apos;offres&apos;&gt;build one in the Offers area&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingOfferPicker.cpp" line="78"/>
        <source>&lt;a href=&apos;offres&apos;&gt;Ouvrir l&apos;établissement dans l&apos;espace Offres&lt;/a&gt; (une autre version)</source>
        <translation>&lt;a href=&apos;offres&apos;&gt;Open the establishment in the Offers area&lt;/a&gt; (another version)</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingOfferPicker.cpp" line="81"/>
        <source>&lt;span style=&apos;color:#1b7a2f&apos;&gt;✔ Version %1 présentée à l&apos;étape %2.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b7a2f&apos;&gt;✔ Version %1 presented at step %2.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingOfferPicker.cpp" line="86"/>
        <source>Aucune offre présentée dans ce rendez-vous.</source>
        <translation>No offer presented in this meeting.</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingOfferPicker.cpp" line="99"/>
        <source>Présenter la version choisie à l&apos;entreprise</source>
        <translation>Present the chosen version to the company</translation>
    </message>
</context>
<context>
    <name>MeetingTranscriptHtml</name>
    <message>
        <location filename="../meeting/MeetingTranscriptHtml.cpp" line="34"/>
        <source>Vous — exigences et besoins écrits, présentés à la signature</source>
        <translation>You — written demands and needs, presented for signature</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingTranscriptHtml.cpp" line="36"/>
        <source>Vous — présentation d&apos;une offre</source>
        <translation>You — offer presentation</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingTranscriptHtml.cpp" line="38"/>
        <source>Vous — contre-proposition</source>
        <translation>You — counter-proposal</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingTranscriptHtml.cpp" line="40"/>
        <source>Vous</source>
        <translation>You</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingTranscriptHtml.cpp" line="54"/>
        <source>⚑ Objection soulevée : %1</source>
        <translation>⚑ Objection raised: %1</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingTranscriptHtml.cpp" line="58"/>
        <source>✔ Appris : %1</source>
        <translation>✔ Learned: %1</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingTranscriptHtml.cpp" line="72"/>
        <source>Étape %1 · confiance %2 → %3</source>
        <translation>Step %1 · trust %2 → %3</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingTranscriptHtml.cpp" line="86"/>
        <source>Rendez-vous clos : %1</source>
        <translation>Meeting closed: %1</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingTranscriptHtml.cpp" line="101"/>
        <source>Le rendez-vous commence : choisissez ci-dessous ce que vous dites, phase après phase (préparation, ouverture, découverte…).</source>
        <translation>The meeting begins: choose below what you say, phase by phase (preparation, opening, discovery…).</translation>
    </message>
</context>
<context>
    <name>MeetingWorkspace</name>
    <message>
        <location filename="../meeting/MeetingWorkspace.cpp" line="54"/>
        <source>Nouveau rendez-vous…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingWorkspace.cpp" line="60"/>
        <source>&lt;b&gt;Rendez-vous de l&apos;épreuve&lt;/b&gt;</source>
        <translation>&lt;b&gt;Meetings in this attempt&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingWorkspace.cpp" line="71"/>
        <source>Confiance %v / 100</source>
        <translation>Trust %v / 100</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingWorkspace.cpp" line="74"/>
        <source>La confiance de l&apos;entreprise : elle monte avec les questions pertinentes, les comparaisons honnêtes et les bonnes réponses aux objections ; elle baisse avec les allégations trompeuses, la survente et les obligations omises.</source>
        <translation>The company&apos;s trust: it rises with relevant questions, honest comparisons and good answers to objections; it falls with misleading claims, overselling and omitted obligations.</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingWorkspace.cpp" line="102"/>
        <source>Clore le rendez-vous…</source>
        <translation>Close the meeting…</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingWorkspace.cpp" line="105"/>
        <source>L&apos;entreprise donne sa réponse : signature, prochaine étape ou refus. Plus rien ne peut ensuite être dit dans ce rendez-vous.</source>
        <translation>The company gives its answer: signature, next step or refusal. Nothing more can be said in this meeting afterwards.</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingWorkspace.cpp" line="147"/>
        <source>Exporter le débriefing en PDF…</source>
        <translation>Export the debrief as PDF…</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingWorkspace.cpp" line="154"/>
        <source>Exigences et besoins</source>
        <translation>Needs and requirements</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingWorkspace.cpp" line="155"/>
        <source>Offre et négociation</source>
        <translation>Offer and negotiation</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingWorkspace.cpp" line="156"/>
        <source>Débriefing</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingWorkspace.cpp" line="160"/>
        <source>Besoins réels (évaluateur)</source>
        <translation>Actual needs (evaluator)</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingWorkspace.cpp" line="203"/>
        <source>Exporter le débriefing</source>
        <translation>Export the debrief</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingWorkspace.cpp" line="204"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingWorkspace.cpp" line="212"/>
        <source>Export impossible</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingWorkspace.cpp" line="213"/>
        <source>Impossible d&apos;écrire %1 : %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingWorkspace.cpp" line="218"/>
        <source>Refusé : %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingWorkspace.cpp" line="248"/>
        <source>L&apos;épreuve est remise : plus aucun rendez-vous ne peut y être ouvert.</source>
        <translation>The attempt has been submitted: no more meetings can be opened in it.</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingWorkspace.cpp" line="262"/>
        <source>Mode évaluateur : l&apos;épreuve est ouverte en lecture seule.</source>
        <translation>Evaluator mode: the attempt is open read-only.</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingWorkspace.cpp" line="264"/>
        <source>L&apos;épreuve est remise : plus rien ne peut y être enregistré.</source>
        <translation>The attempt has been submitted: nothing more can be saved in it.</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingWorkspace.cpp" line="265"/>
        <source>Choisissez ou ouvrez un rendez-vous.</source>
        <translation>Choose or open a meeting.</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingWorkspace.cpp" line="267"/>
        <source>Le rendez-vous est clos : plus rien ne peut y être dit (voir son débriefing).</source>
        <translation>The meeting is closed: nothing more can be said in it (see its debrief).</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingWorkspace.cpp" line="297"/>
        <source>&lt;p style=&apos;color:#666&apos;&gt;&lt;i&gt;Choisissez un rendez-vous dans la liste, ou ouvrez-en un avec &lt;b&gt;Nouveau rendez-vous…&lt;/b&gt; : un rendez-vous pris pendant les semaines simulées, ou demandé à une entreprise du fichier prospects.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#666&apos;&gt;&lt;i&gt;Choose a meeting from the list, or open one with &lt;b&gt;New meeting…&lt;/b&gt;: a meeting booked during the simulated weeks, or requested from a company in the prospect file.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingWorkspace.cpp" line="322"/>
        <source>&lt;p&gt;&lt;b&gt;Vérité cachée&lt;/b&gt; : ce que l&apos;entreprise ne dit qu&apos;aux questions pertinentes ; jamais montré au candidat.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Hidden truth&lt;/b&gt;: what the company only reveals in answer to relevant questions; never shown to the candidate.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingWorkspace.cpp" line="332"/>
        <source>&lt;b&gt;Aucun rendez-vous choisi&lt;/b&gt;</source>
        <translation>&lt;b&gt;No meeting selected&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingWorkspace.cpp" line="343"/>
        <source> · &lt;b&gt;%1&lt;/b&gt;</source>
        <translation> · &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingWorkspace.cpp" line="344"/>
        <source>&lt;b&gt;Rendez-vous n° %1 — %2&lt;/b&gt; (SIRET %3)&lt;br/&gt;%4le %5 (semaine %6) · phase&amp;nbsp;&lt;b&gt;%7&lt;/b&gt;%8</source>
        <translation>&lt;b&gt;Meeting no. %1 — %2&lt;/b&gt; (SIRET %3)&lt;br/&gt;%4on %5 (week %6) · phase&amp;nbsp;&lt;b&gt;%7&lt;/b&gt;%8</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingWorkspace.cpp" line="350"/>
        <source>« %1 », </source>
        <translation>“%1”, </translation>
    </message>
    <message>
        <location filename="../meeting/MeetingWorkspace.cpp" line="362"/>
        <source>&lt;span style=&apos;color:#1b7a2f&apos;&gt;▲ +%1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b7a2f&apos;&gt;▲ +%1&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingWorkspace.cpp" line="363"/>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;▼ %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;▼ %1&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingWorkspace.cpp" line="364"/>
        <source>&lt;span style=&apos;color:#666&apos;&gt;= 0&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#666&apos;&gt;= 0&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingWorkspace.cpp" line="365"/>
        <source>Ce que la dernière étape a changé à la confiance</source>
        <translation>How the last step changed trust</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingWorkspace.cpp" line="368"/>
        <source>Durée : %1</source>
        <translation>Duration: %1</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingWorkspace.cpp" line="369"/>
        <source>Temps simulé passé dans ce rendez-vous</source>
        <translation>Simulated time spent in this meeting</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingWorkspace.cpp" line="405"/>
        <source>Rendez-vous avec le SIRET %1</source>
        <translation>Meeting with SIRET %1</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingWorkspace.cpp" line="414"/>
        <source>Rendez-vous n° %1 : « %2 »</source>
        <translation>Meeting no. %1: “%2”</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingWorkspace.cpp" line="422"/>
        <source>Rendez-vous n° %1 : exigences et besoins signés</source>
        <translation>Meeting no. %1: needs and requirements signed</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingWorkspace.cpp" line="428"/>
        <source>Rendez-vous n° %1 : offre v%2 présentée</source>
        <translation>Meeting no. %1: offer v%2 presented</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingWorkspace.cpp" line="435"/>
        <source>Rendez-vous n° %1 : contre-proposition de %2 %</source>
        <translation>Meeting no. %1: counter-proposal of %2 %</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingWorkspace.cpp" line="444"/>
        <source>Clore le rendez-vous</source>
        <translation>Close the meeting</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingWorkspace.cpp" line="445"/>
        <source>Clore le rendez-vous n° %1 avec %2 ? L&apos;entreprise donne sa réponse (signature, prochaine étape ou refus) ; plus rien ne pourra y être dit.</source>
        <translation>Close meeting no. %1 with %2? The company gives its answer (signature, next step or refusal); nothing more can be said in it.</translation>
    </message>
    <message>
        <location filename="../meeting/MeetingWorkspace.cpp" line="455"/>
        <source>Rendez-vous n° %1 clos</source>
        <translation>Meeting no. %1 closed</translation>
    </message>
</context>
<context>
    <name>MixPage</name>
    <message>
        <location filename="../scenario/MixPage.cpp" line="39"/>
        <source>Secteurs d&apos;activité (NAF)</source>
        <translation>Business sectors (NAF)</translation>
    </message>
    <message>
        <location filename="../scenario/MixPage.cpp" line="44"/>
        <source>Profil réel tel quel</source>
        <translation>Actual profile as is</translation>
    </message>
    <message>
        <location filename="../scenario/MixPage.cpp" line="44"/>
        <source>Poids par section (A à U)</source>
        <translation>Weight per section (A to U)</translation>
    </message>
    <message>
        <location filename="../scenario/MixPage.cpp" line="45"/>
        <source>Poids par division (01 à 99)</source>
        <translation>Weight per division (01 to 99)</translation>
    </message>
    <message>
        <location filename="../scenario/MixPage.cpp" line="48"/>
        <source>Section ou division</source>
        <translation>Section or division</translation>
    </message>
    <message>
        <location filename="../scenario/MixPage.cpp" line="49"/>
        <source>Poids</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../scenario/MixPage.cpp" line="51"/>
        <location filename="../scenario/MixPage.cpp" line="64"/>
        <source>Profil</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../scenario/MixPage.cpp" line="52"/>
        <source>Pondération</source>
        <translation>Weighting</translation>
    </message>
    <message>
        <location filename="../scenario/MixPage.cpp" line="56"/>
        <source>Tailles d&apos;entreprise</source>
        <translation>Company sizes</translation>
    </message>
    <message>
        <location filename="../scenario/MixPage.cpp" line="59"/>
        <source>Profil national</source>
        <translation>National profile</translation>
    </message>
    <message>
        <location filename="../scenario/MixPage.cpp" line="59"/>
        <source>Poids par tranche</source>
        <translation>Weight per size band</translation>
    </message>
    <message>
        <location filename="../scenario/MixPage.cpp" line="63"/>
        <source>Forme</source>
        <translation>Shape</translation>
    </message>
    <message>
        <location filename="../scenario/MixPage.cpp" line="68"/>
        <source>Tranche %1 salariés</source>
        <translation>Size band %1 employees</translation>
    </message>
    <message>
        <location filename="../scenario/MixPage.cpp" line="74"/>
        <source>Établissements par section NAF : scénario et profil réel (Rouen 2022), %</source>
        <translation>Establishments per NAF section: scenario vs actual profile (Rouen 2022), %</translation>
    </message>
    <message>
        <location filename="../scenario/MixPage.cpp" line="75"/>
        <source>Profil réel</source>
        <translation>Actual profile</translation>
    </message>
    <message>
        <location filename="../scenario/MixPage.cpp" line="76"/>
        <source>Scénario</source>
        <translation>Scenario</translation>
    </message>
</context>
<context>
    <name>MultiSelectButton</name>
    <message>
        <location filename="../common/MultiSelectButton.cpp" line="32"/>
        <source>Rechercher…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <location filename="../common/MultiSelectButton.cpp" line="38"/>
        <source>Tout décocher</source>
        <translation>Uncheck all</translation>
    </message>
    <message>
        <location filename="../common/MultiSelectButton.cpp" line="39"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <location filename="../common/MultiSelectButton.cpp" line="214"/>
        <source>%n choix</source>
        <translation>
            <numerusform>%n choice</numerusform>
            <numerusform>%n choices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <location filename="../meeting/NewMeetingDialog.cpp" line="37"/>
        <source>Nouveau rendez-vous</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../meeting/NewMeetingDialog.cpp" line="44"/>
        <source>Entreprise</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../meeting/NewMeetingDialog.cpp" line="44"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../meeting/NewMeetingDialog.cpp" line="44"/>
        <source>Étape</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../meeting/NewMeetingDialog.cpp" line="44"/>
        <source>Semaine</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../meeting/NewMeetingDialog.cpp" line="44"/>
        <source>Pris par</source>
        <translation>Booked by</translation>
    </message>
    <message>
        <location filename="../meeting/NewMeetingDialog.cpp" line="56"/>
        <source>Raison sociale ou SIRET…</source>
        <translation>Company name or SIRET…</translation>
    </message>
    <message>
        <location filename="../meeting/NewMeetingDialog.cpp" line="76"/>
        <source>Par exemple : découverte des besoins en santé collective</source>
        <translation>For example: discovering group health cover needs</translation>
    </message>
    <message>
        <location filename="../meeting/NewMeetingDialog.cpp" line="81"/>
        <source>Ouvrir le rendez-vous</source>
        <translation>Open the meeting</translation>
    </message>
    <message>
        <location filename="../meeting/NewMeetingDialog.cpp" line="84"/>
        <source>&lt;b&gt;Rendez-vous pris pendant les semaines simulées&lt;/b&gt;</source>
        <translation>&lt;b&gt;Meetings booked during the simulated weeks&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../meeting/NewMeetingDialog.cpp" line="87"/>
        <source>&lt;b&gt;Ou une entreprise du fichier prospects&lt;/b&gt; (rendez-vous demandé)</source>
        <translation>&lt;b&gt;Or a company from the prospect file&lt;/b&gt; (meeting requested)</translation>
    </message>
    <message>
        <location filename="../meeting/NewMeetingDialog.cpp" line="91"/>
        <source>Objet :</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../meeting/NewMeetingDialog.cpp" line="135"/>
        <source>Aucun rendez-vous pris pour l&apos;instant : jouez des semaines (onglet Semaine) ou cherchez une entreprise ci-dessous.</source>
        <translation>No meetings booked yet: play some weeks (Week tab) or search for a company below.</translation>
    </message>
    <message>
        <location filename="../meeting/NewMeetingDialog.cpp" line="145"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../meeting/NewMeetingDialog.cpp" line="166"/>
        <source>Rendez-vous avec l&apos;établissement de SIRET %1.</source>
        <translation>Meeting with the establishment with SIRET %1.</translation>
    </message>
    <message>
        <location filename="../meeting/NewMeetingDialog.cpp" line="169"/>
        <source>Choisissez l&apos;entreprise dans la liste proposée, ou tapez son SIRET (14 chiffres).</source>
        <translation>Choose the company from the suggested list, or type its SIRET (14 digits).</translation>
    </message>
    <message>
        <location filename="../meeting/NewMeetingDialog.cpp" line="172"/>
        <source>Choisissez un rendez-vous pris ou une entreprise.</source>
        <translation>Choose a booked meeting or a company.</translation>
    </message>
</context>
<context>
    <name>NoteWorkspace</name>
    <message>
        <location filename="../note/NoteWorkspace.cpp" line="24"/>
        <source>Titre</source>
        <translation>Heading</translation>
    </message>
    <message>
        <location filename="../note/NoteWorkspace.cpp" line="25"/>
        <source>Faire du paragraphe un titre</source>
        <translation>Make the paragraph a heading</translation>
    </message>
    <message>
        <location filename="../note/NoteWorkspace.cpp" line="26"/>
        <source>Sous-titre</source>
        <translation>Subheading</translation>
    </message>
    <message>
        <location filename="../note/NoteWorkspace.cpp" line="27"/>
        <source>Paragraphe</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <location filename="../note/NoteWorkspace.cpp" line="29"/>
        <source>Gras</source>
        <translation>Bold</translation>
    </message>
    <message>
        <location filename="../note/NoteWorkspace.cpp" line="35"/>
        <source>Italique</source>
        <translation>Italic</translation>
    </message>
    <message>
        <location filename="../note/NoteWorkspace.cpp" line="41"/>
        <source>Liste à puces</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <location filename="../note/NoteWorkspace.cpp" line="44"/>
        <source>Insérer un chiffre…</source>
        <translation>Insert a figure…</translation>
    </message>
    <message>
        <location filename="../note/NoteWorkspace.cpp" line="46"/>
        <source>Insérer un chiffre des données (marché, segments, études achetées, portefeuille, plan, semaines) : la note garde sa source</source>
        <translation>Insert a figure from the data (market, segments, purchased studies, portfolio, plan, weeks): the note keeps its source</translation>
    </message>
    <message>
        <location filename="../note/NoteWorkspace.cpp" line="49"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../note/NoteWorkspace.cpp" line="50"/>
        <source>Enregistrer une nouvelle version de la note dans le journal</source>
        <translation>Save a new version of the note in the log</translation>
    </message>
    <message>
        <location filename="../note/NoteWorkspace.cpp" line="56"/>
        <source>Rédigez ici la synthèse de votre analyse : le marché, les cibles retenues, le portefeuille, les priorités du plan. Insérez les chiffres clés avec « Insérer un chiffre » pour qu&apos;ils gardent leur source.</source>
        <translation>Write the summary of your analysis here: the market, the chosen targets, the portfolio, the plan priorities. Insert key figures with “Insert a figure” so that they keep their source.</translation>
    </message>
    <message>
        <location filename="../note/NoteWorkspace.cpp" line="107"/>
        <source>%1
Valeur actuelle : %2</source>
        <translation>%1
Current value: %2</translation>
    </message>
    <message>
        <location filename="../note/NoteWorkspace.cpp" line="109"/>
        <source>Chiffre plus disponible (%1)</source>
        <translation>Figure no longer available (%1)</translation>
    </message>
    <message>
        <location filename="../note/NoteWorkspace.cpp" line="125"/>
        <source>Aucune version enregistrée.</source>
        <translation>No version saved.</translation>
    </message>
    <message>
        <location filename="../note/NoteWorkspace.cpp" line="126"/>
        <source>Version %1 enregistrée (entrée %2 du journal).</source>
        <translation>Version %1 saved (log entry %2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../note/NoteWorkspace.cpp" line="129"/>
        <source>%n mot(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../note/NoteWorkspace.cpp" line="131"/>
        <source>%n référence(s)</source>
        <translation>
            <numerusform>%n reference</numerusform>
            <numerusform>%n references</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../note/NoteWorkspace.cpp" line="133"/>
        <source>— modifications non enregistrées (Ctrl+S).</source>
        <translation>— unsaved changes (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../note/NoteWorkspace.cpp" line="161"/>
        <source>Note de synthèse</source>
        <translation>Summary note</translation>
    </message>
</context>
<context>
    <name>ObjectiveDialog</name>
    <message>
        <location filename="../plan/ObjectiveDialog.cpp" line="15"/>
        <source>Objectif du plan</source>
        <translation>Plan objective</translation>
    </message>
    <message>
        <location filename="../plan/ObjectiveDialog.cpp" line="18"/>
        <source>Semaine</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../plan/ObjectiveDialog.cpp" line="19"/>
        <source>Mois</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../plan/ObjectiveDialog.cpp" line="36"/>
        <source> €</source>
        <translation> €</translation>
    </message>
    <message>
        <location filename="../plan/ObjectiveDialog.cpp" line="46"/>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../plan/ObjectiveDialog.cpp" line="47"/>
        <source>Nouveaux contrats</source>
        <translation>New contracts</translation>
    </message>
    <message>
        <location filename="../plan/ObjectiveDialog.cpp" line="48"/>
        <source>Primes annuelles signées</source>
        <translation>Annual premiums signed</translation>
    </message>
    <message>
        <location filename="../plan/ObjectiveDialog.cpp" line="49"/>
        <source>Appels par jour</source>
        <translation>Calls per day</translation>
    </message>
</context>
<context>
    <name>OfferBuilder</name>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="68"/>
        <source>Isolé / famille</source>
        <translation>Single / family</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="69"/>
        <source>Isolé / duo / famille</source>
        <translation>Single / couple / family</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="70"/>
        <source>Adulte / enfant</source>
        <translation>Adult / child</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="71"/>
        <source>Cotisation uniforme (ayants droit obligatoires)</source>
        <translation>Uniform contribution (mandatory dependants)</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="76"/>
        <source>Proposition de complémentaire santé collective</source>
        <translation>Collective health cover proposal</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="84"/>
        <source>Les besoins et exigences de l&apos;entreprise, tels que vous les avez recueillis : ils figureront mot pour mot dans la proposition (devoir de conseil).</source>
        <translation>The company&apos;s needs and requirements as you gathered them: they will appear word for word in the proposal (duty to advise).</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="89"/>
        <location filename="../offers/OfferBuilder.cpp" line="300"/>
        <source>Ensemble du personnel</source>
        <translation>All staff</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="90"/>
        <source>Cadres / non-cadres</source>
        <translation>Managers / non-managers</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="91"/>
        <source>Catégories objectives au sens de l&apos;article R242-1-1 CSS</source>
        <translation>Objective categories within the meaning of article R242-1-1 CSS</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="95"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="96"/>
        <source>Date d&apos;effet</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="97"/>
        <source>Besoins et exigences</source>
        <translation>Needs and requirements</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="98"/>
        <source>Catégories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="100"/>
        <source>Services (à la charge de l&apos;employeur)</source>
        <translation>Services (paid by the employer)</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="105"/>
        <source>%1&lt;br&gt;&lt;i&gt;%2 € par salarié et par mois&lt;/i&gt;</source>
        <translation>%1&lt;br&gt;&lt;i&gt;€%2 per employee per month&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="118"/>
        <source>Commission d&apos;un courtier sur la cotisation (0 en vente directe)</source>
        <translation>Broker&apos;s commission on the contribution (0 for a direct sale)</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="120"/>
        <source>Commission de courtage</source>
        <translation>Broker commission</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="167"/>
        <source>Aucune (prévoyance seule)</source>
        <translation>None (provident only)</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="184"/>
        <source>En euros</source>
        <translation>In euros</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="185"/>
        <source>En % du PMSS</source>
        <translation>In % of the PMSS</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="186"/>
        <source>En % du salaire</source>
        <translation>As % of salary</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="194"/>
        <source> % du salaire</source>
        <translation> % of salary</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="196"/>
        <source>Cotisation en % du salaire brut mensuel de chaque salarié</source>
        <translation>Contribution as a % of each employee&apos;s gross monthly salary</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="198"/>
        <source>Plafond mensuel de la cotisation en % du salaire (0 : aucun)</source>
        <translation>Monthly cap of the salary-based contribution (0: none)</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="200"/>
        <source>% de chaque cotisation</source>
        <translation>% of each contribution</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="201"/>
        <source>% du tarif isolé</source>
        <translation>% of the single rate</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="202"/>
        <source>Montant en € par mois</source>
        <translation>Amount in € per month</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="204"/>
        <source>Ce dont la part employeur est une part : chaque cotisation, le tarif isolé (le surcoût des ayants droit est alors payé par le salarié) ou un montant fixe</source>
        <translation>What the employer share is a share of: each contribution, the single rate (the dependants&apos; surcharge is then paid by the employee) or a fixed amount</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="207"/>
        <source>Part employeur en euros par salarié et par mois</source>
        <translation>Employer share in euros per employee per month</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="212"/>
        <source>Part de chaque cotisation payée par l&apos;employeur (au moins 50 % : art. L911-7 III CSS)</source>
        <translation>Share of each contribution paid by the employer (at least 50%: art. L911-7 III CSS)</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="215"/>
        <source>Facultatifs</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="216"/>
        <source>Enfants obligatoires, conjoint facultatif</source>
        <translation>Children mandatory, spouse optional</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="218"/>
        <source>Obligatoires (famille)</source>
        <translation>Mandatory (family)</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="220"/>
        <source>Aucune</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="234"/>
        <source>Taux contractuel (par exemple un taux de branche) ; tous à 0 : tarif calculé sur l&apos;effectif, ou taux propre du produit</source>
        <translation>Contractual rate (e.g. a branch rate); all 0: priced from the workforce, or the product&apos;s own rate</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="238"/>
        <source>T1 décès</source>
        <translation>T1 death</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="240"/>
        <location filename="../offers/OfferBuilder.cpp" line="244"/>
        <source>autres</source>
        <translation>others</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="242"/>
        <source>T2 décès</source>
        <translation>T2 death</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="250"/>
        <source>Santé</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="251"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="252"/>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="253"/>
        <source>Expression</source>
        <translation>Expressed</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="254"/>
        <source>Taux du salaire</source>
        <translation>Salary rate</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="255"/>
        <source>Plafond mensuel</source>
        <translation>Monthly cap</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="256"/>
        <source>Base de la part employeur</source>
        <translation>Employer share basis</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="257"/>
        <source>Part employeur</source>
        <translation>Employer share</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="258"/>
        <source>Part employeur (€/mois)</source>
        <translation>Employer share (€/month)</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="259"/>
        <source>Ayants droit</source>
        <translation>Dependants</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="260"/>
        <source>Prévoyance</source>
        <translation>Provident</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="262"/>
        <source>Part employeur (prévoyance)</source>
        <translation>Employer share (provident)</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="263"/>
        <source>Taux contractuels</source>
        <translation>Contractual rates</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="300"/>
        <source>Cadres</source>
        <translation>Managers</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="301"/>
        <source>Non-cadres</source>
        <translation>Non-managers</translation>
    </message>
    <message>
        <location filename="../offers/OfferBuilder.cpp" line="461"/>
        <source>&lt;b style=&apos;color:#b00020&apos;&gt;L&apos;offre ne peut pas être tarifée :&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#b00020&apos;&gt;The offer cannot be priced:&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>OfferResultsPanel</name>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="66"/>
        <source>Distribution du rapport sinistres / primes (S/P) annuel</source>
        <translation>Distribution of the annual loss ratio (claims / premiums)</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="75"/>
        <source>Qui paie quoi (par an)</source>
        <translation>Who pays what (per year)</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="79"/>
        <source>Cotisation santé TTC par poste de soins&lt;br&gt;&lt;small&gt;au prorata des prestations attendues, hors services&lt;/small&gt;</source>
        <translation>Health contribution incl. taxes by care item&lt;br&gt;&lt;small&gt;in proportion to expected benefits, services excluded&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="83"/>
        <source>Projection sur 3 ans : cotisations santé annuelles</source>
        <translation>3-year projection: annual health contributions</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="101"/>
        <source>Poste de soins</source>
        <translation>Care item</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="101"/>
        <location filename="../offers/OfferResultsPanel.cpp" line="425"/>
        <source>Contrat actuel</source>
        <translation>Current contract</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="101"/>
        <location filename="../offers/OfferResultsPanel.cpp" line="426"/>
        <source>Offre proposée</source>
        <translation>Proposed offer</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="115"/>
        <source>Tarif</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="116"/>
        <source>Conformité</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="117"/>
        <source>Risque</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="118"/>
        <source>Graphiques</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="119"/>
        <source>Comparaison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="123"/>
        <source>Cadres</source>
        <translation>Managers</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="124"/>
        <source>Non-cadres</source>
        <translation>Non-managers</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="125"/>
        <source>Ensemble du personnel</source>
        <translation>All staff</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="171"/>
        <source>&lt;p style=&apos;color:#8a5a00&apos;&gt;&lt;b&gt;Tarif sur un effectif estimé&lt;/b&gt; : %1.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#8a5a00&apos;&gt;&lt;b&gt;Price based on an estimated workforce&lt;/b&gt;: %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="178"/>
        <source>&lt;h3&gt;Santé — %1 — %2&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Health — %1 — %2&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="179"/>
        <source>&lt;p&gt;%1, %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1, %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="184"/>
        <source>Classe</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="184"/>
        <source>Membres</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="184"/>
        <source>Répartition attendue</source>
        <translation>Expected split</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="185"/>
        <source>Cotisation / mois</source>
        <translation>Contribution / month</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="186"/>
        <source>% PMSS</source>
        <translation>% PMSS</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="188"/>
        <source>Employeur</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="188"/>
        <source>Salarié</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="201"/>
        <source>&lt;p&gt;&lt;small&gt;Membres : nombre entier de personnes de chaque classe sur lesquelles la cotisation est perçue (salariés ; en structure adulte / enfant, chaque personne couverte) ; répartition attendue : estimation du modèle familial (ayants droit facultatifs adhérant avec une probabilité).&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;Members: whole number of people in each class on whom the contribution is collected (employees; in the adult / child structure, each covered person); expected split: estimate of the family model (optional dependants joining with a probability).&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="216"/>
        <source>&lt;p&gt;Services : %1 par salarié et par mois, payés par l&apos;employeur avec la cotisation santé.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Services: %1 per employee per month, paid by the employer with the health contribution.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="221"/>
        <source>&lt;h3&gt;Prévoyance — %1 — %2&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Provident — %1 — %2&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="232"/>
        <source>non calculable (aucune cotisation)</source>
        <translation>not computable (no contribution)</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="237"/>
        <source>&lt;h3&gt;Coût annuel&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Employeur : %1&lt;/b&gt; (forfait social compris) — &lt;b&gt;salariés : %2&lt;/b&gt; — cotisations : %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Annual cost&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Employer: %1&lt;/b&gt; (forfait social included) — &lt;b&gt;employees: %2&lt;/b&gt; — contributions: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="241"/>
        <source>&lt;h3&gt;Salarié type — %1&lt;/h3&gt;&lt;p&gt;Salaire brut annuel %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Typical employee — %1&lt;/h3&gt;&lt;p&gt;Annual gross pay %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="264"/>
        <source>&lt;p style=&apos;background:%1;color:white;padding:6px&apos;&gt;&lt;b&gt;✔ Offre conforme&lt;/b&gt; : aucune règle enfreinte.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;background:%1;color:white;padding:6px&apos;&gt;&lt;b&gt;✔ Compliant offer&lt;/b&gt;: no rule broken.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="267"/>
        <source>&lt;p style=&apos;background:%1;color:white;padding:6px&apos;&gt;&lt;b&gt;✘ Offre non conforme&lt;/b&gt; : elle peut être enregistrée, mais pas proposée en l&apos;état.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;background:%1;color:white;padding:6px&apos;&gt;&lt;b&gt;✘ Non-compliant offer&lt;/b&gt;: it can be saved, but not proposed as it stands.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="313"/>
        <source>S/P inférieur à 100 %</source>
        <translation>Loss ratio below 100%</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="314"/>
        <source>S/P de 100 % et plus : perte pour la mutuelle</source>
        <translation>Loss ratio of 100% or more: a loss for the mutuelle</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="321"/>
        <source>S/P annuel (5 points par barre ; la dernière regroupe 195 % et plus)</source>
        <translation>Annual loss ratio (5 points per bar; the last one holds 195% and above)</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="326"/>
        <source>part des années</source>
        <translation>share of years</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="358"/>
        <source>Employeur, cotisations</source>
        <translation>Employer, contributions</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="359"/>
        <source>Employeur, forfait social</source>
        <translation>Employer, forfait social</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="360"/>
        <source>Salariés, cotisations</source>
        <translation>Employees, contributions</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="361"/>
        <source>Salariés, CSG/CRDS</source>
        <translation>Employees, CSG/CRDS</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="365"/>
        <source>Qui paie quoi, par an (taxes sur les cotisations santé comprises : %1 €)</source>
        <translation>Who pays what, per year (taxes on health contributions included: €%1)</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="379"/>
        <source>Cotisation TTC</source>
        <translation>Contribution incl. taxes</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="400"/>
        <source>%1 : %2 € par an</source>
        <translation>%1: €%2 per year</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="417"/>
        <location filename="../offers/OfferResultsPanel.cpp" line="447"/>
        <source>€ par an</source>
        <translation>€ per year</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="440"/>
        <source>Année 1</source>
        <translation>Year 1</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="440"/>
        <source>Année 2</source>
        <translation>Year 2</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="440"/>
        <source>Année 3</source>
        <translation>Year 3</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="452"/>
        <source>année %1 : actuel %2, proposé %3 €</source>
        <translation>year %1: current %2, proposed €%3</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="455"/>
        <source>non connu</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="470"/>
        <source>non connue</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="472"/>
        <source>non connues</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="458"/>
        <source>&lt;p&gt;%1.&lt;/p&gt;&lt;p&gt;Inflation médicale de %2 par an (hypothèse). Contrat actuel : %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1.&lt;/p&gt;&lt;p&gt;Medical inflation of %2 a year (assumption). Current contract: %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="205"/>
        <source>&lt;p&gt;Cotisations annuelles %1 TTC dont taxe de solidarité additionnelle %2 (%3, contrat %4) ; prestations attendues %5, soit %6 par salarié et par an ; S/P attendu %7.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Annual contributions %1 incl. taxes, of which additional solidarity tax %2 (%3, %4 contract); expected benefits %5, i.e. %6 per employee per year; expected loss ratio %7.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="209"/>
        <source>responsable</source>
        <translation>responsible</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="209"/>
        <source>non responsable</source>
        <translation>non-responsible</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="223"/>
        <source>&lt;p&gt;%1 : %2 de la tranche 1 (dont décès %3) et %4 de la tranche 2, dont employeur %5 (T1) et %6 (T2) ; soit %7 du salaire brut ; cotisations annuelles %8 (employeur %9, salariés %10) ; S/P attendu %11.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1: %2 of tranche 1 (death %3) and %4 of tranche 2, employer %5 (T1) and %6 (T2); i.e. %7 of gross pay; annual contributions %8 (employer %9, employees %10); expected loss ratio %11.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="226"/>
        <source>Taux contractuel</source>
        <translation>Contractual rate</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="226"/>
        <source>Tarif sur l&apos;effectif</source>
        <translation>Priced from the workforce</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="334"/>
        <source>&lt;p&gt;&lt;b&gt;P(S/P &amp;gt; 100 %) = %1&lt;/b&gt; (la mutuelle perd de l&apos;argent) ; P(S/P &amp;gt; 110 %) = %2 (hausse de cotisation probable).&lt;/p&gt;&lt;p&gt;S/P : 5 % des années sous %3 — quartiles %4, &lt;b&gt;médiane %5&lt;/b&gt;, %6 — 5 % des années au-dessus de %7.&lt;/p&gt;&lt;p&gt;Prestations annuelles : moyenne %8 (simulée %9), écart type %10, coefficient de variation %11 ; primes hors taxes %12.&lt;/p&gt;&lt;p&gt;&lt;i&gt;%13 années simulées.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;P(loss ratio &amp;gt; 100%) = %1&lt;/b&gt; (the mutual insurer loses money); P(loss ratio &amp;gt; 110%) = %2 (contribution increase likely).&lt;/p&gt;&lt;p&gt;Loss ratio: 5% of years below %3 — quartiles %4, &lt;b&gt;median %5&lt;/b&gt;, %6 — 5% of years above %7.&lt;/p&gt;&lt;p&gt;Annual benefits: mean %8 (simulated %9), standard deviation %10, coefficient of variation %11; premiums excluding taxes %12.&lt;/p&gt;&lt;p&gt;&lt;i&gt;%13 simulated years.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../offers/OfferResultsPanel.cpp" line="466"/>
        <source>&lt;p&gt;&lt;b&gt;Contrat actuel&lt;/b&gt; : %1.&lt;/p&gt;&lt;p&gt;Cotisation par salarié et par mois : actuelle &lt;b&gt;%2&lt;/b&gt;, proposée &lt;b&gt;%3&lt;/b&gt;. Prestations attendues par salarié et par an : actuelles %4, proposées %5.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Current contract&lt;/b&gt;: %1.&lt;/p&gt;&lt;p&gt;Contribution per employee per month: current &lt;b&gt;%2&lt;/b&gt;, proposed &lt;b&gt;%3&lt;/b&gt;. Expected benefits per employee per year: current %4, proposed %5.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OfferWorkspace</name>
    <message>
        <location filename="../offers/OfferWorkspace.cpp" line="49"/>
        <source>Limiter la recherche aux entreprises d&apos;un segment</source>
        <translation>Limit the search to the companies of a segment</translation>
    </message>
    <message>
        <location filename="../offers/OfferWorkspace.cpp" line="52"/>
        <source>Raison sociale ou SIRET…</source>
        <translation>Company name or SIRET…</translation>
    </message>
    <message>
        <location filename="../offers/OfferWorkspace.cpp" line="73"/>
        <source>Depuis la fiche sélectionnée</source>
        <translation>From the selected record</translation>
    </message>
    <message>
        <location filename="../offers/OfferWorkspace.cpp" line="74"/>
        <source>L&apos;entreprise de la ligne sélectionnée dans le fichier prospects</source>
        <translation>The company of the row selected in the prospect file</translation>
    </message>
    <message>
        <location filename="../offers/OfferWorkspace.cpp" line="77"/>
        <source>Demander l&apos;état du personnel</source>
        <translation>Request the employee census</translation>
    </message>
    <message>
        <location filename="../offers/OfferWorkspace.cpp" line="80"/>
        <source>Le diagnostic et le tarif reposent sur une estimation tant que l&apos;entreprise n&apos;a pas envoyé son état du personnel (%1 jour d&apos;analyse par établissement, définitif)</source>
        <translation>The diagnosis and the price rest on an estimate until the company has sent its employee census (%1 analysis day per establishment, cannot be undone)</translation>
    </message>
    <message>
        <location filename="../offers/OfferWorkspace.cpp" line="87"/>
        <source>Double-cliquer sur une version pour la recharger dans le formulaire</source>
        <translation>Double-click a version to reload it into the form</translation>
    </message>
    <message>
        <location filename="../offers/OfferWorkspace.cpp" line="93"/>
        <source>Cliquer sur une entreprise pour reprendre sa dernière offre</source>
        <translation>Click a company to resume its latest offer</translation>
    </message>
    <message>
        <location filename="../offers/OfferWorkspace.cpp" line="105"/>
        <source>&lt;b&gt;Entreprises avec une offre enregistrée&lt;/b&gt;</source>
        <translation>&lt;b&gt;Companies with a saved offer&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../offers/OfferWorkspace.cpp" line="109"/>
        <source>&lt;b&gt;Versions enregistrées&lt;/b&gt;</source>
        <translation>&lt;b&gt;Saved versions&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../offers/OfferWorkspace.cpp" line="119"/>
        <source>&lt;b&gt;✘ Offre non conforme&lt;/b&gt; — voir l&apos;onglet « Conformité »</source>
        <translation>&lt;b&gt;✘ Non-compliant offer&lt;/b&gt; — see the “Compliance” tab</translation>
    </message>
    <message>
        <location filename="../offers/OfferWorkspace.cpp" line="125"/>
        <source>Enregistrer la version</source>
        <translation>Save the version</translation>
    </message>
    <message>
        <location filename="../offers/OfferWorkspace.cpp" line="127"/>
        <source>Exporter en PDF…</source>
        <translation>Export as PDF…</translation>
    </message>
    <message>
        <location filename="../offers/OfferWorkspace.cpp" line="165"/>
        <source>Offres</source>
        <translation>Offers</translation>
    </message>
    <message>
        <location filename="../offers/OfferWorkspace.cpp" line="166"/>
        <source>Sélectionnez d&apos;abord une ligne dans le fichier prospects.</source>
        <translation>First select a row in the prospect file.</translation>
    </message>
    <message>
        <location filename="../offers/OfferWorkspace.cpp" line="186"/>
        <location filename="../offers/OfferWorkspace.cpp" line="195"/>
        <source>Tout le fichier prospects</source>
        <translation>The whole prospect file</translation>
    </message>
    <message>
        <location filename="../offers/OfferWorkspace.cpp" line="188"/>
        <location filename="../offers/OfferWorkspace.cpp" line="197"/>
        <source>Segment « %1 »</source>
        <translation>Segment “%1”</translation>
    </message>
    <message>
        <location filename="../offers/OfferWorkspace.cpp" line="225"/>
        <source>Aucune entreprise du fichier ne correspond à « %1 ».</source>
        <translation>No company in the file matches “%1”.</translation>
    </message>
    <message>
        <location filename="../offers/OfferWorkspace.cpp" line="227"/>
        <source>Plusieurs établissements correspondent à « %1 » : choisissez-en un dans la liste proposée.</source>
        <translation>Several establishments match “%1”: choose one from the list offered.</translation>
    </message>
    <message>
        <location filename="../offers/OfferWorkspace.cpp" line="235"/>
        <source>Complémentaire santé collective — %1</source>
        <translation>Collective health cover — %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../offers/OfferWorkspace.cpp" line="329"/>
        <source>%1 (%2) — %3 version(s)</source>
        <translation>
            <numerusform>%1 (%2) — %3 version</numerusform>
            <numerusform>%1 (%2) — %3 versions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../offers/OfferWorkspace.cpp" line="349"/>
        <source>v%1 — %2 (entrée n° %3 du journal)</source>
        <translation>v%1 — %2 (journal entry no. %3)</translation>
    </message>
    <message>
        <location filename="../offers/OfferWorkspace.cpp" line="363"/>
        <source>Choisissez une entreprise : dans la liste, depuis un segment ou depuis la fiche sélectionnée.</source>
        <translation>Choose a company: from the list, from a segment or from the selected record.</translation>
    </message>
    <message>
        <location filename="../offers/OfferWorkspace.cpp" line="368"/>
        <source>L&apos;offre ne peut pas être tarifée : corrigez le formulaire.</source>
        <translation>The offer cannot be priced: correct the form.</translation>
    </message>
    <message>
        <location filename="../offers/OfferWorkspace.cpp" line="381"/>
        <source>L&apos;offre ne peut pas être tarifée pour cette entreprise :</source>
        <translation>The offer cannot be priced for this company:</translation>
    </message>
    <message>
        <location filename="../offers/OfferWorkspace.cpp" line="401"/>
        <source>Offre v%1 pour « %2 »</source>
        <translation>Offer v%1 for “%2”</translation>
    </message>
    <message>
        <location filename="../offers/OfferWorkspace.cpp" line="411"/>
        <source>Exporter la proposition</source>
        <translation>Export the proposal</translation>
    </message>
    <message>
        <location filename="../offers/OfferWorkspace.cpp" line="412"/>
        <source>Choisissez une entreprise et une offre que le moteur peut tarifer.</source>
        <translation>Choose a company and an offer the engine can price.</translation>
    </message>
    <message>
        <location filename="../offers/OfferWorkspace.cpp" line="420"/>
        <source>Exporter la proposition en PDF</source>
        <translation>Export the proposal as PDF</translation>
    </message>
    <message>
        <location filename="../offers/OfferWorkspace.cpp" line="421"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../offers/OfferWorkspace.cpp" line="425"/>
        <source>Exporter une offre non conforme</source>
        <translation>Export a non-compliant offer</translation>
    </message>
    <message>
        <location filename="../offers/OfferWorkspace.cpp" line="426"/>
        <source>L&apos;offre ne respecte pas toutes les règles (voir l&apos;onglet « Conformité »). Exporter quand même ? Chaque page portera la mention « %1 ».</source>
        <translation>The offer does not meet every rule (see the “Compliance” tab). Export anyway? Every page will carry the mark “%1”.</translation>
    </message>
    <message>
        <location filename="../offers/OfferWorkspace.cpp" line="437"/>
        <source>Export impossible</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../offers/OfferWorkspace.cpp" line="438"/>
        <source>Impossible d&apos;écrire %1 : %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>OpeningPage</name>
    <message>
        <location filename="../shell/OpeningPage.cpp" line="30"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../shell/OpeningPage.cpp" line="33"/>
        <source>Arrêter l&apos;ouverture et revenir à l&apos;accueil ; le fichier n&apos;est pas modifié</source>
        <translation>Stop opening and go back to the home page; the file is not changed</translation>
    </message>
    <message>
        <location filename="../shell/OpeningPage.cpp" line="55"/>
        <source>Ouverture de l&apos;épreuve « %1 »</source>
        <translation>Opening the attempt “%1”</translation>
    </message>
    <message>
        <location filename="../shell/OpeningPage.cpp" line="57"/>
        <source>Ouverture de l&apos;épreuve…</source>
        <translation>Opening the attempt…</translation>
    </message>
</context>
<context>
    <name>PackPanel</name>
    <message>
        <location filename="../scenario/PackPanel.cpp" line="12"/>
        <source>&lt;b&gt;Paquet de scénarios&lt;/b&gt;</source>
        <translation>&lt;b&gt;Scenario pack&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../scenario/PackPanel.cpp" line="18"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../scenario/PackPanel.cpp" line="19"/>
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../scenario/PackPanel.cpp" line="20"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../scenario/PackPanel.cpp" line="23"/>
        <source>Double-cliquez un scénario pour l&apos;ouvrir dans l&apos;éditeur</source>
        <translation>Double-click a scenario to open it in the editor</translation>
    </message>
    <message>
        <location filename="../scenario/PackPanel.cpp" line="25"/>
        <source>Ajouter le scénario au paquet</source>
        <translation>Add the scenario to the pack</translation>
    </message>
    <message>
        <location filename="../scenario/PackPanel.cpp" line="26"/>
        <source>Retirer du paquet</source>
        <translation>Remove from pack</translation>
    </message>
    <message>
        <location filename="../scenario/PackPanel.cpp" line="27"/>
        <source>Ouvrir un paquet…</source>
        <translation>Open a pack…</translation>
    </message>
    <message>
        <location filename="../scenario/PackPanel.cpp" line="28"/>
        <source>Enregistrer le paquet…</source>
        <translation>Save pack…</translation>
    </message>
</context>
<context>
    <name>PilotingWorkspace</name>
    <message>
        <location filename="../piloting/PilotingWorkspace.cpp" line="53"/>
        <source>Exporter en XLSX…</source>
        <translation>Export to XLSX…</translation>
    </message>
    <message>
        <location filename="../piloting/PilotingWorkspace.cpp" line="55"/>
        <source>Exporter en PDF…</source>
        <translation>Export to PDF…</translation>
    </message>
    <message>
        <location filename="../piloting/PilotingWorkspace.cpp" line="67"/>
        <source>&lt;h3&gt;Aucune semaine jouée&lt;/h3&gt;&lt;p&gt;Le pilotage suit les résultats des semaines simulées : objectifs et résultats, entonnoir, activité, conversion, portefeuille.&lt;/p&gt;&lt;p&gt;Construisez votre plan d&apos;actions (objectifs, cibles, actions), puis jouez une semaine avec &lt;b&gt;Semaine suivante&lt;/b&gt; ; les graphiques se remplissent à chaque semaine jouée.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;No week played&lt;/h3&gt;&lt;p&gt;Monitoring follows the results of the simulated weeks: objectives and results, funnel, activity, conversion, portfolio.&lt;/p&gt;&lt;p&gt;Build your action plan (objectives, targets, actions), then play a week with &lt;b&gt;Next week&lt;/b&gt;; the charts fill in with each week played.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../piloting/PilotingWorkspace.cpp" line="80"/>
        <source>Ni objectif de contrats dans le plan ni contrat signé sur les semaines jouées.</source>
        <translation>Neither a contract objective in the plan nor a contract signed in the weeks played.</translation>
    </message>
    <message>
        <location filename="../piloting/PilotingWorkspace.cpp" line="83"/>
        <source>Ni objectif de primes dans le plan ni prime signée sur les semaines jouées.</source>
        <translation>Neither a premium objective in the plan nor a premium signed in the weeks played.</translation>
    </message>
    <message>
        <location filename="../piloting/PilotingWorkspace.cpp" line="84"/>
        <source>Contrats par semaine : objectif et signés</source>
        <translation>Contracts per week: objective and signed</translation>
    </message>
    <message>
        <location filename="../piloting/PilotingWorkspace.cpp" line="86"/>
        <source>Contrats cumulés : objectif et signés</source>
        <translation>Cumulative contracts: objective and signed</translation>
    </message>
    <message>
        <location filename="../piloting/PilotingWorkspace.cpp" line="88"/>
        <source>Primes par semaine : objectif et signées</source>
        <translation>Premiums per week: objective and signed</translation>
    </message>
    <message>
        <location filename="../piloting/PilotingWorkspace.cpp" line="90"/>
        <source>Primes cumulées : objectif et signées</source>
        <translation>Cumulative premiums: objective and signed</translation>
    </message>
    <message>
        <location filename="../piloting/PilotingWorkspace.cpp" line="94"/>
        <source>Activité par semaine</source>
        <translation>Activity per week</translation>
    </message>
    <message>
        <location filename="../piloting/PilotingWorkspace.cpp" line="95"/>
        <source>Aucune activité sur les semaines jouées : aucune action du plan n&apos;y était prévue.</source>
        <translation>No activity in the weeks played: no plan action was scheduled in them.</translation>
    </message>
    <message>
        <location filename="../piloting/PilotingWorkspace.cpp" line="96"/>
        <source>Conversion par canal</source>
        <translation>Conversion by channel</translation>
    </message>
    <message>
        <location filename="../piloting/PilotingWorkspace.cpp" line="97"/>
        <source>Conversion par segment</source>
        <translation>Conversion by segment</translation>
    </message>
    <message>
        <location filename="../piloting/PilotingWorkspace.cpp" line="99"/>
        <source>Portefeuille : conservation et sinistres / primes</source>
        <translation>Portfolio: retention and claims / premiums</translation>
    </message>
    <message>
        <location filename="../piloting/PilotingWorkspace.cpp" line="100"/>
        <source>Sans objet : aucun renouvellement échu et aucun contrat du portefeuille avec une année de sinistres.</source>
        <translation>Not applicable: no renewal due and no portfolio contract with a year of claims.</translation>
    </message>
    <message numerus="yes">
        <location filename="../piloting/PilotingWorkspace.cpp" line="152"/>
        <source>&lt;b&gt;%1&lt;/b&gt; signature(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; signature</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; signatures</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../piloting/PilotingWorkspace.cpp" line="155"/>
        <source> sur un objectif de %1</source>
        <translation> against an objective of %1</translation>
    </message>
    <message>
        <location filename="../piloting/PilotingWorkspace.cpp" line="158"/>
        <source>primes signées &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>premiums signed &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../piloting/PilotingWorkspace.cpp" line="160"/>
        <source> (objectif %1)</source>
        <translation> (objective %1)</translation>
    </message>
    <message>
        <location filename="../piloting/PilotingWorkspace.cpp" line="162"/>
        <source>conservation du portefeuille %1</source>
        <translation>portfolio retention %1</translation>
    </message>
    <message>
        <location filename="../piloting/PilotingWorkspace.cpp" line="164"/>
        <source>sinistres / primes %1</source>
        <translation>claims / premiums %1</translation>
    </message>
    <message>
        <location filename="../piloting/PilotingWorkspace.cpp" line="167"/>
        <source>semaine %1</source>
        <translation>week %1</translation>
    </message>
    <message>
        <location filename="../piloting/PilotingWorkspace.cpp" line="168"/>
        <source>semaines %1 à %2</source>
        <translation>weeks %1 to %2</translation>
    </message>
    <message>
        <location filename="../piloting/PilotingWorkspace.cpp" line="169"/>
        <source>&lt;b&gt;Pilotage&lt;/b&gt; — %1 : %2.</source>
        <translation>&lt;b&gt;Piloting&lt;/b&gt; — %1: %2.</translation>
    </message>
    <message>
        <location filename="../piloting/PilotingWorkspace.cpp" line="180"/>
        <source>&lt;b&gt;Pilotage&lt;/b&gt; — aucune semaine jouée.</source>
        <translation>&lt;b&gt;Monitoring&lt;/b&gt; — no week played.</translation>
    </message>
    <message>
        <location filename="../piloting/PilotingWorkspace.cpp" line="163"/>
        <location filename="../piloting/PilotingWorkspace.cpp" line="165"/>
        <source>sans objet</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location filename="../piloting/PilotingWorkspace.cpp" line="209"/>
        <source>Objectif</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location filename="../piloting/PilotingWorkspace.cpp" line="209"/>
        <source>Signé</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../piloting/PilotingWorkspace.cpp" line="216"/>
        <source>Appels</source>
        <translation>Calls</translation>
    </message>
    <message>
        <location filename="../piloting/PilotingWorkspace.cpp" line="217"/>
        <source>Courriers</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location filename="../piloting/PilotingWorkspace.cpp" line="218"/>
        <source>Courriels</source>
        <translation>Emails</translation>
    </message>
    <message>
        <location filename="../piloting/PilotingWorkspace.cpp" line="219"/>
        <source>Rendez-vous pris</source>
        <translation>Appointments booked</translation>
    </message>
    <message>
        <location filename="../piloting/PilotingWorkspace.cpp" line="220"/>
        <source>Événements</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../piloting/PilotingWorkspace.cpp" line="221"/>
        <source>Revues de clients</source>
        <translation>Client reviews</translation>
    </message>
    <message>
        <location filename="../piloting/PilotingWorkspace.cpp" line="222"/>
        <source>Introductions</source>
        <translation>Introductions</translation>
    </message>
    <message>
        <location filename="../piloting/PilotingWorkspace.cpp" line="226"/>
        <source>Conservation (cumulée)</source>
        <translation>Retention (cumulative)</translation>
    </message>
    <message>
        <location filename="../piloting/PilotingWorkspace.cpp" line="226"/>
        <source>Sinistres / primes</source>
        <translation>Claims / premiums</translation>
    </message>
    <message>
        <location filename="../piloting/PilotingWorkspace.cpp" line="253"/>
        <source>Exporter le tableau de pilotage en XLSX</source>
        <translation>Export the monitoring dashboard to XLSX</translation>
    </message>
    <message>
        <location filename="../piloting/PilotingWorkspace.cpp" line="254"/>
        <source>Classeurs Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../piloting/PilotingWorkspace.cpp" line="264"/>
        <source>Exporter le tableau de pilotage en PDF</source>
        <translation>Export the monitoring dashboard to PDF</translation>
    </message>
    <message>
        <location filename="../piloting/PilotingWorkspace.cpp" line="265"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PlanWorkspace</name>
    <message>
        <location filename="../plan/PlanText.cpp" line="31"/>
        <source>Semaine %1</source>
        <translation>Week %1</translation>
    </message>
    <message>
        <location filename="../plan/PlanText.cpp" line="32"/>
        <source>Mois de %1</source>
        <translation>Month of %1</translation>
    </message>
    <message>
        <location filename="../plan/PlanText.cpp" line="42"/>
        <source>Segment « %1 »</source>
        <translation>Segment “%1”</translation>
    </message>
    <message>
        <location filename="../plan/PlanText.cpp" line="49"/>
        <source>courtiers</source>
        <translation>brokers</translation>
    </message>
    <message>
        <location filename="../plan/PlanText.cpp" line="50"/>
        <source>experts-comptables</source>
        <translation>chartered accountants</translation>
    </message>
    <message>
        <location filename="../plan/PlanText.cpp" line="51"/>
        <source>sans cible</source>
        <translation>no target</translation>
    </message>
    <message>
        <location filename="../plan/PlanHistoryPage.cpp" line="31"/>
        <source>action « %1 » ajoutée</source>
        <translation>action “%1” added</translation>
    </message>
    <message>
        <location filename="../plan/PlanHistoryPage.cpp" line="33"/>
        <source>action « %1 » modifiée</source>
        <translation>action “%1” changed</translation>
    </message>
    <message>
        <location filename="../plan/PlanHistoryPage.cpp" line="37"/>
        <source>action « %1 » retirée</source>
        <translation>action “%1” removed</translation>
    </message>
    <message>
        <location filename="../plan/PlanHistoryPage.cpp" line="39"/>
        <source>capacité %1 → %2</source>
        <translation>capacity %1 → %2</translation>
    </message>
    <message>
        <location filename="../plan/PlanHistoryPage.cpp" line="44"/>
        <source>objectifs modifiés</source>
        <translation>objectives changed</translation>
    </message>
    <message>
        <location filename="../plan/PlanHistoryPage.cpp" line="48"/>
        <source>cibles modifiées</source>
        <translation>targets changed</translation>
    </message>
    <message>
        <location filename="../plan/PlanHistoryPage.cpp" line="79"/>
        <source>Semaines jouées
avec cette version</source>
        <translation>Weeks played
with this version</translation>
    </message>
    <message>
        <location filename="../plan/PlanHistoryPage.cpp" line="182"/>
        <source>&lt;p&gt;Aucune semaine jouée avec cette version.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No week played with this version.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../plan/PlanHistoryPage.cpp" line="183"/>
        <source>&lt;p&gt;Semaine(s) jouée(s) avec cette version : %1.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Week played with this version: %1.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Weeks played with this version: %1.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="63"/>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="63"/>
        <location filename="../plan/PlanWorkspace.cpp" line="353"/>
        <source>Nouveaux contrats</source>
        <translation>New contracts</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="64"/>
        <source>Primes annuelles (€)</source>
        <translation>Annual premiums (€)</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="64"/>
        <source>Appels par jour</source>
        <translation>Calls per day</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="65"/>
        <source>Double-cliquer sur un chiffre pour le modifier</source>
        <translation>Double-click a figure to edit it</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="71"/>
        <source>Ajouter un objectif…</source>
        <translation>Add an objective…</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="73"/>
        <source>Retirer l&apos;objectif</source>
        <translation>Remove objective</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="89"/>
        <source>Segment (cocher : cible du plan)</source>
        <translation>Segment (tick: plan target)</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="89"/>
        <source>Priorité</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="89"/>
        <source>Lignes</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="90"/>
        <source>Dans les segments prioritaires</source>
        <translation>In priority segments</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="90"/>
        <source>Dans les segments exclus</source>
        <translation>In excluded segments</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="92"/>
        <source>Cocher un segment pour en faire une cible ; double-cliquer sur la priorité (1 la plus haute) pour la changer</source>
        <translation>Tick a segment to make it a target; double-click the priority (1 is the highest) to change it</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="97"/>
        <source>Les segments viennent du fichier prospects ; leur part dans les segments de la politique commerciale est comptée sur les lignes telles que vous les voyez.</source>
        <translation>Segments come from the prospects file; their share of the sales policy segments is counted on the rows as you see them.</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="105"/>
        <source>Identifiant</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="105"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="105"/>
        <source>Cible</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="105"/>
        <source>Semaines</source>
        <translation>Weeks</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="105"/>
        <source>Contacts
par sem.</source>
        <translation>Contacts
per wk</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="106"/>
        <source>Heures / sem.
déclarées</source>
        <translation>Hours / wk
declared</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="106"/>
        <source>Heures / sem.
du modèle</source>
        <translation>Hours / wk
from model</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="106"/>
        <source>Budget
déclaré</source>
        <translation>Declared
budget</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="107"/>
        <source>Budget
du modèle</source>
        <translation>Model
budget</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="107"/>
        <source>Rendement
attendu</source>
        <translation>Expected
yield</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="107"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="108"/>
        <source>Double-cliquer sur une action pour la modifier</source>
        <translation>Double-click an action to edit it</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="109"/>
        <source>Ajouter une action…</source>
        <translation>Add an action…</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="111"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="113"/>
        <source>Retirer l&apos;action</source>
        <translation>Remove action</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="262"/>
        <source>Sélectionner d&apos;abord un objectif dans le tableau</source>
        <translation>Select an objective in the table first</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="266"/>
        <source>Sélectionner d&apos;abord une action dans le tableau</source>
        <translation>Select an action in the table first</translation>
    </message>
    <message>
        <location filename="../plan/PlanCalendarPage.cpp" line="36"/>
        <source> h par semaine de 5 jours</source>
        <translation> h per 5-day week</translation>
    </message>
    <message>
        <location filename="../plan/PlanCalendarPage.cpp" line="37"/>
        <source>Appliquer</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../plan/PlanCalendarPage.cpp" line="42"/>
        <source>Semaine</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../plan/PlanCalendarPage.cpp" line="42"/>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../plan/PlanCalendarPage.cpp" line="42"/>
        <source>Au</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../plan/PlanCalendarPage.cpp" line="43"/>
        <source>Jours
ouvrés</source>
        <translation>Working
days</translation>
    </message>
    <message>
        <location filename="../plan/PlanCalendarPage.cpp" line="43"/>
        <source>Jours fériés</source>
        <translation>Public holidays</translation>
    </message>
    <message>
        <location filename="../plan/PlanCalendarPage.cpp" line="44"/>
        <location filename="../plan/PlanHistoryPage.cpp" line="79"/>
        <source>Capacité</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../plan/PlanCalendarPage.cpp" line="44"/>
        <source>Heures du modèle / capacité</source>
        <translation>Model hours / capacity</translation>
    </message>
    <message>
        <location filename="../plan/PlanCalendarPage.cpp" line="45"/>
        <source>Heures
déclarées</source>
        <translation>Declared
hours</translation>
    </message>
    <message>
        <location filename="../plan/PlanCalendarPage.cpp" line="45"/>
        <location filename="../plan/PlanHistoryPage.cpp" line="78"/>
        <location filename="../plan/PlanWorkspace.cpp" line="132"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../plan/PlanCalendarPage.cpp" line="46"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../plan/PlanCalendarPage.cpp" line="49"/>
        <source>Capacité commerciale :</source>
        <translation>Sales capacity:</translation>
    </message>
    <message>
        <location filename="../plan/PlanCalendarPage.cpp" line="128"/>
        <source>Semaine jouée avec la version %1 du plan (ses actions et sa capacité, montrées ici) : verrouillée</source>
        <translation>Week played with version %1 of the plan (its actions and capacity, shown here): locked</translation>
    </message>
    <message>
        <location filename="../plan/PlanCalendarPage.cpp" line="131"/>
        <source>Semaine jouée avant toute modification du plan : verrouillée</source>
        <translation>Week played before any change to the plan: locked</translation>
    </message>
    <message>
        <location filename="../plan/PlanHistoryPage.cpp" line="76"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../plan/PlanHistoryPage.cpp" line="76"/>
        <source>Entrée</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../plan/PlanHistoryPage.cpp" line="77"/>
        <source>Date simulée</source>
        <translation>Simulated date</translation>
    </message>
    <message>
        <location filename="../plan/PlanHistoryPage.cpp" line="77"/>
        <source>Enregistrée le</source>
        <translation>Saved on</translation>
    </message>
    <message>
        <location filename="../plan/PlanHistoryPage.cpp" line="78"/>
        <source>Après</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../plan/PlanHistoryPage.cpp" line="78"/>
        <source>Changement</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="130"/>
        <source>Objectifs</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="131"/>
        <source>Cibles</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="133"/>
        <source>Calendrier</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="134"/>
        <source>Historique</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="140"/>
        <source>Cliquer sur un avertissement pour aller à ce qu&apos;il concerne</source>
        <translation>Click a warning to go to the item it refers to</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="222"/>
        <source>Retrait de l&apos;objectif (%1)</source>
        <translation>Removal of objective (%1)</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="204"/>
        <location filename="../plan/PlanWorkspace.cpp" line="376"/>
        <source>Objectif (%1)</source>
        <translation>Objective (%1)</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="214"/>
        <source>Modification de l&apos;action « %1 »</source>
        <translation>Change to action “%1”</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="214"/>
        <source>Ajout de l&apos;action « %1 »</source>
        <translation>Addition of action “%1”</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="229"/>
        <source>Retrait de l&apos;action « %1 »</source>
        <translation>Removal of action “%1”</translation>
    </message>
    <message>
        <location filename="../plan/PlanCalendarPage.cpp" line="62"/>
        <source>Capacité de %1 par semaine</source>
        <translation>Capacity of %1 per week</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="348"/>
        <source>&lt;b&gt;Objectifs de la mutuelle sur l&apos;épreuve&lt;/b&gt; (politique commerciale du scénario) et total des vôtres (%1) :</source>
        <translation>&lt;b&gt;The mutual insurer&apos;s objectives for the exam&lt;/b&gt; (scenario sales policy) and the total of yours (%1):</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="350"/>
        <source>objectifs hebdomadaires</source>
        <translation>weekly objectives</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="350"/>
        <source>objectifs mensuels à défaut</source>
        <translation>monthly objectives (no weekly ones)</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="352"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="352"/>
        <source>Mutuelle</source>
        <translation>Mutual insurer</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="356"/>
        <source>Primes annuelles</source>
        <translation>Annual premiums</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="369"/>
        <source>« %1 » n&apos;est pas un nombre positif</source>
        <translation>“%1” is not a positive number</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="420"/>
        <source>&lt;b&gt;Contrôles du plan&lt;/b&gt; : aucun avertissement</source>
        <translation>&lt;b&gt;Plan checks&lt;/b&gt;: no warnings</translation>
    </message>
    <message numerus="yes">
        <location filename="../plan/PlanWorkspace.cpp" line="421"/>
        <source>&lt;b&gt;Contrôles du plan&lt;/b&gt; : %n avertissement(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Plan checks&lt;/b&gt;: %n warning</numerusform>
            <numerusform>&lt;b&gt;Plan checks&lt;/b&gt;: %n warnings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plan/PlanCalendarPage.cpp" line="74"/>
        <source>Jours fériés d&apos;Alsace-Moselle compris</source>
        <translation>Including Alsace-Moselle public holidays</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="436"/>
        <source>Cible « %1 »</source>
        <translation>Target “%1”</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="439"/>
        <source>Retrait de la cible « %1 »</source>
        <translation>Removal of target “%1”</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="446"/>
        <source>La priorité est un entier, 1 pour la plus haute</source>
        <translation>Priority is a whole number, 1 being the highest</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="450"/>
        <source>Priorité %1 pour « %2 »</source>
        <translation>Priority %1 for “%2”</translation>
    </message>
    <message>
        <location filename="../plan/PlanWorkspace.cpp" line="467"/>
        <source>Action terminée : ses semaines sont jouées</source>
        <translation>Action finished: its weeks have been played</translation>
    </message>
    <message>
        <location filename="../plan/PlanHistoryPage.cpp" line="63"/>
        <location filename="../plan/PlanWorkspace.cpp" line="476"/>
        <source>%1 à %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../plan/PlanCalendarPage.cpp" line="111"/>
        <source>%1 sur %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../plan/PlanCalendarPage.cpp" line="123"/>
        <source>jouée</source>
        <translation>played</translation>
    </message>
    <message numerus="yes">
        <location filename="../plan/PlanHistoryPage.cpp" line="118"/>
        <source>%n semaine(s) jouée(s)</source>
        <translation>
            <numerusform>%n week played</numerusform>
            <numerusform>%n weeks played</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plan/PlanHistoryPage.cpp" line="119"/>
        <source>avant la 1re semaine</source>
        <translation>before week 1</translation>
    </message>
    <message numerus="yes">
        <location filename="../plan/PlanHistoryPage.cpp" line="145"/>
        <source>&lt;p&gt;Semaine(s) %1 jouée(s) avec le plan initial, sans objectif ni action.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Week %1 played with the initial plan, without objective or action.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Weeks %1 played with the initial plan, without objective or action.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plan/PlanHistoryPage.cpp" line="152"/>
        <source>&lt;i&gt;Aucune version du plan : chaque modification du plan en enregistre une.&lt;/i&gt;</source>
        <translation>&lt;i&gt;No plan version: every change to the plan saves one.&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../plan/PlanHistoryPage.cpp" line="159"/>
        <source>&lt;b&gt;Version %1&lt;/b&gt; (entrée %2) : capacité %3 par semaine, %n action(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Version %1&lt;/b&gt; (entry %2): capacity %3 per week, %n action</numerusform>
            <numerusform>&lt;b&gt;Version %1&lt;/b&gt; (entry %2): capacity %3 per week, %n actions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plan/PlanHistoryPage.cpp" line="166"/>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; — %2, %3, semaines %4 à %5, %6 contacts par semaine, %7 par semaine, budget %8&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; — %2, %3, weeks %4 to %5, %6 contacts per week, %7 per week, budget %8&lt;/li&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../plan/PlanHistoryPage.cpp" line="177"/>
        <source>%1 : %n contrat(s), %2 de primes&lt;br&gt;</source>
        <translation>
            <numerusform>%1: %n contract, %2 in premiums&lt;br&gt;</numerusform>
            <numerusform>%1: %n contracts, %2 in premiums&lt;br&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlayersPage</name>
    <message>
        <location filename="../scenario/PlayersPage.cpp" line="22"/>
        <source>Concurrents (noms fictifs)</source>
        <translation>Competitors (fictitious names)</translation>
    </message>
    <message>
        <location filename="../scenario/PlayersPage.cpp" line="26"/>
        <source>Identifiant</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../scenario/PlayersPage.cpp" line="27"/>
        <location filename="../scenario/PlayersPage.cpp" line="48"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../scenario/PlayersPage.cpp" line="28"/>
        <location filename="../scenario/PlayersPage.cpp" line="49"/>
        <source>Famille</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../scenario/PlayersPage.cpp" line="29"/>
        <location filename="../scenario/PlayersPage.cpp" line="50"/>
        <source>Archétype</source>
        <translation>Archetype</translation>
    </message>
    <message>
        <location filename="../scenario/PlayersPage.cpp" line="30"/>
        <source>Part de marché</source>
        <translation>Market share</translation>
    </message>
    <message>
        <location filename="../scenario/PlayersPage.cpp" line="31"/>
        <source>Prix</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../scenario/PlayersPage.cpp" line="32"/>
        <source>Garanties 1–4</source>
        <translation>Cover 1–4</translation>
    </message>
    <message>
        <location filename="../scenario/PlayersPage.cpp" line="33"/>
        <source>Service 0–1</source>
        <translation>Service 0–1</translation>
    </message>
    <message>
        <location filename="../scenario/PlayersPage.cpp" line="37"/>
        <source>Votre mutuelle</source>
        <translation>Your mutuelle</translation>
    </message>
    <message>
        <location filename="../scenario/PlayersPage.cpp" line="42"/>
        <source>mutuelle, institution_prevoyance, compagnie_assurance</source>
        <translation>mutuelle, institution_prevoyance, compagnie_assurance</translation>
    </message>
    <message>
        <location filename="../scenario/PlayersPage.cpp" line="43"/>
        <source>facultatif : mutuelle_regionale…</source>
        <translation>optional: mutuelle_regionale…</translation>
    </message>
    <message>
        <location filename="../scenario/PlayersPage.cpp" line="51"/>
        <source>Part de marché (0 à 1)</source>
        <translation>Market share (0 to 1)</translation>
    </message>
    <message>
        <location filename="../scenario/PlayersPage.cpp" line="52"/>
        <source>Niveau de prix (1 = marché)</source>
        <translation>Price level (1 = market)</translation>
    </message>
    <message>
        <location filename="../scenario/PlayersPage.cpp" line="53"/>
        <source>Niveau de garanties (1 à 4)</source>
        <translation>Cover level (1 to 4)</translation>
    </message>
    <message>
        <location filename="../scenario/PlayersPage.cpp" line="54"/>
        <source>Qualité de service (0 à 1)</source>
        <translation>Service quality (0 to 1)</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <location filename="../scenario/PolicyPage.cpp" line="18"/>
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../scenario/PolicyPage.cpp" line="19"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../scenario/PolicyPage.cpp" line="20"/>
        <source>Divisions</source>
        <translation>Divisions</translation>
    </message>
    <message>
        <location filename="../scenario/PolicyPage.cpp" line="21"/>
        <source>Tranches</source>
        <translation>Size bands</translation>
    </message>
    <message>
        <location filename="../scenario/PolicyPage.cpp" line="22"/>
        <source>IDCC</source>
        <translation>IDCC</translation>
    </message>
    <message>
        <location filename="../scenario/PolicyPage.cpp" line="52"/>
        <source>Segments : cibles prioritaires et exclusions</source>
        <translation>Segments: priority targets and exclusions</translation>
    </message>
    <message>
        <location filename="../scenario/PolicyPage.cpp" line="62"/>
        <source>Objectifs et moyens</source>
        <translation>Targets and resources</translation>
    </message>
    <message>
        <location filename="../scenario/PolicyPage.cpp" line="68"/>
        <location filename="../scenario/PolicyPage.cpp" line="69"/>
        <location filename="../scenario/PolicyPage.cpp" line="70"/>
        <source>par défaut</source>
        <translation>default</translation>
    </message>
    <message>
        <location filename="../scenario/PolicyPage.cpp" line="71"/>
        <source>Nouveaux contrats</source>
        <translation>New contracts</translation>
    </message>
    <message>
        <location filename="../scenario/PolicyPage.cpp" line="72"/>
        <source>Cotisations annuelles (€)</source>
        <translation>Annual premiums (€)</translation>
    </message>
    <message>
        <location filename="../scenario/PolicyPage.cpp" line="73"/>
        <source>Budget (€)</source>
        <translation>Budget (€)</translation>
    </message>
    <message>
        <location filename="../scenario/PolicyPage.cpp" line="74"/>
        <source>Jours d&apos;analyse</source>
        <translation>Analysis days</translation>
    </message>
    <message>
        <location filename="../scenario/PolicyPage.cpp" line="75"/>
        <source>Remise du conseiller (%)</source>
        <translation>Adviser discount (%)</translation>
    </message>
    <message>
        <location filename="../scenario/PolicyPage.cpp" line="76"/>
        <source>Remise de la direction (%)</source>
        <translation>Management discount (%)</translation>
    </message>
    <message>
        <location filename="../scenario/PolicyPage.cpp" line="77"/>
        <source>Accord de la direction (min)</source>
        <translation>Management approval (min)</translation>
    </message>
    <message>
        <location filename="../scenario/PolicyPage.cpp" line="80"/>
        <source>Portefeuille de la mutuelle</source>
        <translation>Mutuelle portfolio</translation>
    </message>
    <message>
        <location filename="../scenario/PolicyPage.cpp" line="88"/>
        <source>Ancienneté moyenne (ans)</source>
        <translation>Average tenure (years)</translation>
    </message>
    <message>
        <location filename="../scenario/PolicyPage.cpp" line="89"/>
        <source>Ancienneté maximale (ans)</source>
        <translation>Maximum tenure (years)</translation>
    </message>
    <message>
        <location filename="../scenario/PolicyPage.cpp" line="90"/>
        <source>S/P santé</source>
        <translation>Health loss ratio</translation>
    </message>
    <message>
        <location filename="../scenario/PolicyPage.cpp" line="91"/>
        <source>S/P prévoyance</source>
        <translation>Provident loss ratio</translation>
    </message>
    <message>
        <location filename="../scenario/PolicyPage.cpp" line="92"/>
        <source>Dispersion des S/P</source>
        <translation>Loss ratio spread</translation>
    </message>
    <message>
        <location filename="../scenario/PolicyPage.cpp" line="93"/>
        <source>Part apportée par prescripteur</source>
        <translation>Share brought in by referrers</translation>
    </message>
</context>
<context>
    <name>PreAssessmentPanel</name>
    <message>
        <location filename="../evaluation/PreAssessmentPanel.cpp" line="26"/>
        <source>Preuve</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../evaluation/PreAssessmentPanel.cpp" line="26"/>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../evaluation/PreAssessmentPanel.cpp" line="26"/>
        <source>Entrée</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../evaluation/PreAssessmentPanel.cpp" line="34"/>
        <source>Cliquez une preuve liée à une entrée du journal pour placer la chronologie sur cette entrée.</source>
        <translation>Click a piece of evidence linked to a journal entry to move the timeline to that entry.</translation>
    </message>
    <message>
        <location filename="../evaluation/PreAssessmentPanel.cpp" line="38"/>
        <source>&lt;b&gt;Pré-évaluation automatique&lt;/b&gt; (à la remise)</source>
        <translation>&lt;b&gt;Automatic pre-assessment&lt;/b&gt; (at hand-in)</translation>
    </message>
    <message>
        <location filename="../evaluation/PreAssessmentPanel.cpp" line="40"/>
        <source>&lt;b&gt;Preuves&lt;/b&gt; — cliquez une entrée pour la voir</source>
        <translation>&lt;b&gt;Evidence&lt;/b&gt; — click an entry to see it</translation>
    </message>
    <message>
        <location filename="../evaluation/PreAssessmentPanel.cpp" line="54"/>
        <source>&lt;p&gt;&lt;i&gt;Choisissez un critère de la grille.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Choose a criterion of the grid.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../evaluation/PreAssessmentPanel.cpp" line="58"/>
        <source>&lt;p&gt;&lt;b&gt;%1 — %2&lt;/b&gt;&lt;br/&gt;Verdict automatique du critère : &lt;b&gt;%3&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 — %2&lt;/b&gt;&lt;br/&gt;The criterion&apos;s automatic verdict: &lt;b&gt;%3&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../evaluation/PreAssessmentPanel.cpp" line="64"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;br/&gt;→ &lt;b&gt;%3&lt;/b&gt;%4. %5&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;br/&gt;→ &lt;b&gt;%3&lt;/b&gt;%4. %5&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../evaluation/PreAssessmentPanel.cpp" line="69"/>
        <source> (score %1 sur 100)</source>
        <translation> (score %1 out of 100)</translation>
    </message>
    <message>
        <location filename="../evaluation/PreAssessmentPanel.cpp" line="81"/>
        <source>entrée %1 ▸</source>
        <translation>entry %1 ▸</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../scenario/PreviewPanel.cpp" line="23"/>
        <source>&lt;b&gt;Aperçu du marché&lt;/b&gt;</source>
        <translation>&lt;b&gt;Market preview&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../scenario/PreviewPanel.cpp" line="25"/>
        <source>L&apos;aperçu apparaît dès que le scénario est valide.</source>
        <translation>The preview appears as soon as the scenario is valid.</translation>
    </message>
    <message>
        <location filename="../scenario/PreviewPanel.cpp" line="28"/>
        <source>Arrêter l&apos;aperçu</source>
        <translation>Stop preview</translation>
    </message>
    <message>
        <location filename="../scenario/PreviewPanel.cpp" line="40"/>
        <source>Échéances des contrats santé (quand les entreprises peuvent changer)</source>
        <translation>Health contract renewal dates (when companies can switch)</translation>
    </message>
    <message>
        <location filename="../scenario/PreviewPanel.cpp" line="41"/>
        <source>Tranches d&apos;effectif</source>
        <translation>Headcount bands</translation>
    </message>
    <message>
        <location filename="../scenario/PreviewPanel.cpp" line="41"/>
        <source>Sections NAF</source>
        <translation>NAF sections</translation>
    </message>
    <message>
        <location filename="../scenario/PreviewPanel.cpp" line="41"/>
        <source>Assureur santé actuel</source>
        <translation>Current health insurer</translation>
    </message>
    <message>
        <location filename="../scenario/PreviewPanel.cpp" line="43"/>
        <source>Répartition</source>
        <translation>Breakdown</translation>
    </message>
    <message>
        <location filename="../scenario/PreviewPanel.cpp" line="50"/>
        <source>Aperçu arrêté : il reprendra à la prochaine modification.</source>
        <translation>Preview stopped: it will resume at the next change.</translation>
    </message>
    <message>
        <location filename="../scenario/PreviewPanel.cpp" line="66"/>
        <source>Aperçu à recalculer…</source>
        <translation>Preview to be recalculated…</translation>
    </message>
    <message>
        <location filename="../scenario/PreviewPanel.cpp" line="110"/>
        <source>Aperçu impossible : %1</source>
        <translation>Preview unavailable: %1</translation>
    </message>
    <message>
        <location filename="../scenario/PreviewPanel.cpp" line="113"/>
        <source>Génération de l&apos;aperçu en arrière-plan…</source>
        <translation>Generating preview in the background…</translation>
    </message>
    <message>
        <location filename="../scenario/PreviewPanel.cpp" line="121"/>
        <source>Aperçu à échelle réduite : %1 établissements générés sur %2 (mêmes territoire, secteurs, acteurs et pièges).</source>
        <translation>Reduced-scale preview: %1 of %2 establishments generated (same territory, sectors, players and traps).</translation>
    </message>
    <message>
        <location filename="../scenario/PreviewPanel.cpp" line="125"/>
        <source>Aperçu du marché complet (%1 établissements).</source>
        <translation>Full market preview (%1 establishments).</translation>
    </message>
    <message>
        <location filename="../scenario/PreviewPanel.cpp" line="127"/>
        <source>accessible</source>
        <translation>easy</translation>
    </message>
    <message>
        <location filename="../scenario/PreviewPanel.cpp" line="127"/>
        <source>moyenne</source>
        <translation>moderate</translation>
    </message>
    <message>
        <location filename="../scenario/PreviewPanel.cpp" line="127"/>
        <source>exigeante</source>
        <translation>demanding</translation>
    </message>
    <message>
        <location filename="../scenario/PreviewPanel.cpp" line="130"/>
        <source>Entreprises : %1 (marché complet : environ %2), salariés : %3, prescripteurs : %4.&lt;br&gt;Entreprises non assurées en santé par la mutuelle : %5.&lt;br&gt;Pièges : %6 des lignes du fichier prospects.&lt;br&gt;Objectif : %7 des entreprises à conquérir.&lt;br&gt;&lt;b&gt;Difficulté estimée : %8&lt;/b&gt; (%9 sur 4).</source>
        <translation>Companies: %1 (full market: about %2), employees: %3, referrers: %4.&lt;br&gt;Companies without the mutuelle&apos;s health cover: %5.&lt;br&gt;Traps: %6 of the prospect file&apos;s lines.&lt;br&gt;Target: %7 of the companies to win.&lt;br&gt;&lt;b&gt;Estimated difficulty: %8&lt;/b&gt; (%9 of 4).</translation>
    </message>
    <message numerus="yes">
        <location filename="../scenario/PreviewPanel.cpp" line="140"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProspectTableModel</name>
    <message>
        <location filename="../prospects/ProspectTableModel.cpp" line="67"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../prospects/ProspectTableModel.cpp" line="69"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../prospects/ProspectTableModel.cpp" line="71"/>
        <source>Raison sociale</source>
        <translation>Company name</translation>
    </message>
    <message>
        <location filename="../prospects/ProspectTableModel.cpp" line="73"/>
        <source>NAF</source>
        <translation>NAF</translation>
    </message>
    <message>
        <location filename="../prospects/ProspectTableModel.cpp" line="75"/>
        <source>Activité</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../prospects/ProspectTableModel.cpp" line="77"/>
        <source>Tranche</source>
        <translation>Band</translation>
    </message>
    <message>
        <location filename="../prospects/ProspectTableModel.cpp" line="79"/>
        <source>Effectif</source>
        <translation>Headcount</translation>
    </message>
    <message>
        <location filename="../prospects/ProspectTableModel.cpp" line="81"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../prospects/ProspectTableModel.cpp" line="83"/>
        <source>Dép.</source>
        <translation>Dept.</translation>
    </message>
    <message>
        <location filename="../prospects/ProspectTableModel.cpp" line="85"/>
        <source>IDCC</source>
        <translation>IDCC</translation>
    </message>
    <message>
        <location filename="../prospects/ProspectTableModel.cpp" line="87"/>
        <source>Convention collective</source>
        <translation>Collective agreement</translation>
    </message>
    <message>
        <location filename="../prospects/ProspectTableModel.cpp" line="89"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../prospects/ProspectTableModel.cpp" line="91"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../prospects/ProspectTableModel.cpp" line="93"/>
        <source>Assureur santé</source>
        <translation>Health insurer</translation>
    </message>
    <message>
        <location filename="../prospects/ProspectTableModel.cpp" line="95"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../prospects/ProspectTableModel.cpp" line="97"/>
        <source>Échéance</source>
        <translation>Renewal date</translation>
    </message>
    <message>
        <location filename="../prospects/ProspectTableModel.cpp" line="119"/>
        <source>Fiche vérifiée</source>
        <translation>Record verified</translation>
    </message>
    <message>
        <location filename="../prospects/ProspectTableModel.cpp" line="120"/>
        <source>Établissement fermé</source>
        <translation>Closed establishment</translation>
    </message>
    <message>
        <location filename="../prospects/ProspectTableModel.cpp" line="123"/>
        <source>Signalée : %1 — %2</source>
        <translation>Reported: %1 — %2</translation>
    </message>
    <message>
        <location filename="../prospects/ProspectTableModel.cpp" line="124"/>
        <source>Client de votre mutuelle</source>
        <translation>Client of your mutual insurer</translation>
    </message>
    <message>
        <location filename="../prospects/ProspectTableModel.cpp" line="162"/>
        <source>Aucune</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../prospects/ProspectTableModel.cpp" line="170"/>
        <source>non connu</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../prospects/ProspectTableModel.cpp" line="171"/>
        <source>aucun contrat</source>
        <translation>no contract</translation>
    </message>
</context>
<context>
    <name>ProspectWorkspace</name>
    <message>
        <location filename="../prospects/ProspectWorkspace.cpp" line="72"/>
        <source>Exporter la vue…</source>
        <translation>Export view…</translation>
    </message>
    <message>
        <location filename="../prospects/ProspectWorkspace.cpp" line="75"/>
        <source>Les lignes et les colonnes de la vue, avec vos marques, en XLSX ou en CSV</source>
        <translation>The rows and columns of the view, with your marks, as XLSX or CSV</translation>
    </message>
    <message>
        <location filename="../prospects/ProspectWorkspace.cpp" line="137"/>
        <source>%1 sur %2 — %3</source>
        <translation>%1 out of %2 — %3</translation>
    </message>
    <message>
        <location filename="../prospects/ProspectWorkspace.cpp" line="168"/>
        <source>Classeur Excel XLSX (*.xlsx)</source>
        <translation>Excel XLSX workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../prospects/ProspectWorkspace.cpp" line="170"/>
        <source>CSV pour Excel et LibreOffice en français (*.csv)</source>
        <translation>CSV for Excel and LibreOffice in French (*.csv)</translation>
    </message>
    <message>
        <location filename="../prospects/ProspectWorkspace.cpp" line="173"/>
        <source>CSV standard RFC 4180 (*.csv)</source>
        <translation>Standard CSV, RFC 4180 (*.csv)</translation>
    </message>
    <message>
        <location filename="../prospects/ProspectWorkspace.cpp" line="178"/>
        <source>Exporter la vue</source>
        <translation>Export view</translation>
    </message>
    <message>
        <location filename="../prospects/ProspectWorkspace.cpp" line="207"/>
        <source>Export terminé</source>
        <translation>Export complete</translation>
    </message>
    <message>
        <location filename="../prospects/ProspectWorkspace.cpp" line="257"/>
        <source>CSV excel-fr</source>
        <translation>CSV excel-fr</translation>
    </message>
    <message>
        <location filename="../prospects/ProspectWorkspace.cpp" line="258"/>
        <source>CSV RFC 4180</source>
        <translation>CSV RFC 4180</translation>
    </message>
    <message>
        <location filename="../prospects/ProspectWorkspace.cpp" line="259"/>
        <source>%1 ligne exportée</source>
        <translation>%1 row exported</translation>
    </message>
    <message>
        <location filename="../prospects/ProspectWorkspace.cpp" line="260"/>
        <source>%1 lignes exportées</source>
        <translation>%1 rows exported</translation>
    </message>
    <message>
        <location filename="../prospects/ProspectWorkspace.cpp" line="263"/>
        <source>✔ %1 dans %2 (%3).</source>
        <translation>✔ %1 to %2 (%3).</translation>
    </message>
    <message>
        <location filename="../prospects/ProspectWorkspace.cpp" line="252"/>
        <source>Export impossible</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../prospects/ProspectWorkspace.cpp" line="253"/>
        <source>Impossible d&apos;écrire %1 : %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../compare/DistributionChart.cpp" line="30"/>
        <source>score sur 100</source>
        <translation>score out of 100</translation>
    </message>
    <message>
        <location filename="../compare/DistributionChart.cpp" line="32"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../compare/DistributionChart.cpp" line="34"/>
        <source>nombre</source>
        <translation>number</translation>
    </message>
    <message>
        <location filename="../compare/DistributionChart.cpp" line="36"/>
        <source>euros</source>
        <translation>euros</translation>
    </message>
</context>
<context>
    <name>ReadOnlyGuard</name>
    <message>
        <location filename="../common/ReadOnlyGuard.cpp" line="32"/>
        <source>Mode évaluateur : l&apos;épreuve est ouverte en lecture seule, aucune action ne peut y être enregistrée.</source>
        <translation>Evaluator mode: the attempt is open read-only; no action can be recorded in it.</translation>
    </message>
</context>
<context>
    <name>ReceiptCheck</name>
    <message>
        <location filename="../evaluation/ReceiptCheck.cpp" line="22"/>
        <source>« %1 » n&apos;est pas un reçu de remise : 16 caractères attendus, en quatre groupes de quatre (par exemple 7K2M-Q9XA-3BCD-EF01).</source>
        <translation>“%1” is not a submission receipt: 16 characters expected, in four groups of four (for example 7K2M-Q9XA-3BCD-EF01).</translation>
    </message>
    <message>
        <location filename="../evaluation/ReceiptCheck.cpp" line="27"/>
        <source>Le journal de ce fichier ne se termine pas par une remise : l&apos;épreuve n&apos;a pas été remise, ou ses dernières entrées, dont la remise, ont été retirées après la remise. Ce n&apos;est pas l&apos;épreuve remise avec le reçu %1 : ne l&apos;évaluez pas.</source>
        <translation>This file&apos;s journal does not end with a hand-in: the attempt was not handed in, or its last entries, the hand-in included, were removed after it. This is not the attempt handed in with receipt %1: do not assess it.</translation>
    </message>
    <message>
        <location filename="../evaluation/ReceiptCheck.cpp" line="34"/>
        <source>Le reçu %1 ne correspond pas à ce fichier : ce n&apos;est pas l&apos;épreuve remise avec ce reçu (un autre fichier, ou des entrées du journal retirées puis l&apos;épreuve remise à nouveau). Vérifiez le fichier et le reçu transmis par le candidat.</source>
        <translation>Receipt %1 does not match this file: it is not the attempt handed in with that receipt (another file, or journal entries removed and the attempt handed in again). Check the file and the receipt the candidate gave.</translation>
    </message>
    <message>
        <location filename="../evaluation/ReceiptCheck.cpp" line="42"/>
        <source>Reçu %1 vérifié : ce fichier est bien l&apos;épreuve remise.</source>
        <translation>Receipt %1 checked: this file is the submitted attempt.</translation>
    </message>
</context>
<context>
    <name>RecentAttemptsMenu</name>
    <message>
        <location filename="../shell/RecentAttemptsMenu.cpp" line="11"/>
        <source>Épreuves &amp;récentes</source>
        <translation>&amp;Recent attempts</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../scenario/RecordTable.cpp" line="23"/>
        <source>Ajouter une ligne</source>
        <translation>Add a row</translation>
    </message>
    <message>
        <location filename="../scenario/RecordTable.cpp" line="24"/>
        <source>Supprimer la ligne</source>
        <translation>Delete the row</translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <location filename="../scenario/ScenarioEditor.cpp" line="55"/>
        <source>Nouveau depuis un modèle</source>
        <translation>New from template</translation>
    </message>
    <message>
        <location filename="../scenario/ScenarioEditor.cpp" line="56"/>
        <source>Ouvrir…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../scenario/ScenarioEditor.cpp" line="57"/>
        <location filename="../scenario/ScenarioEditor.cpp" line="193"/>
        <location filename="../scenario/ScenarioEditor.cpp" line="209"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../scenario/ScenarioEditor.cpp" line="58"/>
        <source>Enregistrer sous…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../scenario/ScenarioEditor.cpp" line="59"/>
        <source>Dupliquer</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../scenario/ScenarioEditor.cpp" line="80"/>
        <source>Général</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../scenario/ScenarioEditor.cpp" line="81"/>
        <source>Territoire</source>
        <translation>Territory</translation>
    </message>
    <message>
        <location filename="../scenario/ScenarioEditor.cpp" line="82"/>
        <source>Secteurs et tailles</source>
        <translation>Sectors and sizes</translation>
    </message>
    <message>
        <location filename="../scenario/ScenarioEditor.cpp" line="83"/>
        <source>Acteurs</source>
        <translation>Players</translation>
    </message>
    <message>
        <location filename="../scenario/ScenarioEditor.cpp" line="84"/>
        <source>Politique et portefeuille</source>
        <translation>Policy and portfolio</translation>
    </message>
    <message>
        <location filename="../scenario/ScenarioEditor.cpp" line="85"/>
        <source>Pièges et études</source>
        <translation>Traps and studies</translation>
    </message>
    <message>
        <location filename="../scenario/ScenarioEditor.cpp" line="86"/>
        <source>Appels d&apos;offres</source>
        <translation>Calls for tender</translation>
    </message>
    <message>
        <location filename="../scenario/ScenarioEditor.cpp" line="87"/>
        <source>Événements</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../scenario/ScenarioEditor.cpp" line="121"/>
        <location filename="../scenario/ScenarioEditor.cpp" line="181"/>
        <source>Ouvrir un scénario</source>
        <translation>Open a scenario</translation>
    </message>
    <message>
        <location filename="../scenario/ScenarioEditor.cpp" line="122"/>
        <location filename="../scenario/ScenarioEditor.cpp" line="129"/>
        <source>Scénarios (*.json)</source>
        <translation>Scenarios (*.json)</translation>
    </message>
    <message>
        <location filename="../scenario/ScenarioEditor.cpp" line="128"/>
        <source>Enregistrer le scénario</source>
        <translation>Save the scenario</translation>
    </message>
    <message>
        <location filename="../scenario/ScenarioEditor.cpp" line="145"/>
        <source>Paquet</source>
        <translation>Pack</translation>
    </message>
    <message>
        <location filename="../scenario/ScenarioEditor.cpp" line="145"/>
        <source>Corrigez d&apos;abord les erreurs du scénario.</source>
        <translation>Fix the scenario errors first.</translation>
    </message>
    <message>
        <location filename="../scenario/ScenarioEditor.cpp" line="149"/>
        <location filename="../scenario/ScenarioEditor.cpp" line="238"/>
        <source>Ouvrir un paquet</source>
        <translation>Open a pack</translation>
    </message>
    <message>
        <location filename="../scenario/ScenarioEditor.cpp" line="149"/>
        <location filename="../scenario/ScenarioEditor.cpp" line="154"/>
        <source>Paquets (*.zip)</source>
        <translation>Packs (*.zip)</translation>
    </message>
    <message>
        <location filename="../scenario/ScenarioEditor.cpp" line="153"/>
        <location filename="../scenario/ScenarioEditor.cpp" line="252"/>
        <source>Enregistrer le paquet</source>
        <translation>Save the pack</translation>
    </message>
    <message>
        <location filename="../scenario/ScenarioEditor.cpp" line="173"/>
        <source>Modèle</source>
        <translation>Template</translation>
    </message>
    <message numerus="yes">
        <location filename="../scenario/ScenarioEditor.cpp" line="194"/>
        <source>Le scénario n&apos;est pas enregistré : %n erreur(s) à corriger, signalées sur les champs et sous le formulaire.</source>
        <translation>
            <numerusform>The scenario is not saved: %n error to fix, flagged on the fields and below the form.</numerusform>
            <numerusform>The scenario is not saved: %n errors to fix, flagged on the fields and below the form.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../scenario/ScenarioEditor.cpp" line="291"/>
        <source>Scénario valide : il peut être enregistré et joué.</source>
        <translation>Valid scenario: it can be saved and played.</translation>
    </message>
    <message numerus="yes">
        <location filename="../scenario/ScenarioEditor.cpp" line="292"/>
        <source>%n erreur(s) : le scénario ne peut pas être enregistré.</source>
        <translation>
            <numerusform>%n error: the scenario cannot be saved.</numerusform>
            <numerusform>%n errors: the scenario cannot be saved.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../scenario/ScenarioEditor.cpp" line="295"/>
        <source>Corrigez les erreurs pour voir l&apos;aperçu du marché.</source>
        <translation>Fix the errors to see the market preview.</translation>
    </message>
</context>
<context>
    <name>ScenarioEditorWindow</name>
    <message>
        <location filename="../scenario/ScenarioEditorWindow.cpp" line="20"/>
        <source>Scénarios — nouveau scénario — cmcsim</source>
        <translation>Scenarios — new scenario — cmcsim</translation>
    </message>
    <message>
        <location filename="../scenario/ScenarioEditorWindow.cpp" line="21"/>
        <source>Scénarios — %1 — cmcsim</source>
        <translation>Scenarios — %1 — cmcsim</translation>
    </message>
</context>
<context>
    <name>ScenarioPage</name>
    <message>
        <location filename="../scenario/ScenarioPage.cpp" line="87"/>
        <source>nombre attendu (ex. 0,85)</source>
        <translation>number expected (e.g. 0.85)</translation>
    </message>
    <message>
        <location filename="../scenario/ScenarioPage.cpp" line="94"/>
        <location filename="../scenario/ScenarioPage.cpp" line="108"/>
        <source>nombre entier attendu</source>
        <translation>integer expected</translation>
    </message>
    <message>
        <location filename="../scenario/ScenarioPage.cpp" line="101"/>
        <source>nombre attendu</source>
        <translation>number expected</translation>
    </message>
</context>
<context>
    <name>SegmentDialog</name>
    <message>
        <location filename="../prospects/SegmentDialog.cpp" line="17"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../prospects/SegmentDialog.cpp" line="21"/>
        <source>Qualification : pourquoi cette cible, ses besoins, ses obligations (convention, catégories), le bon moment (échéances), le canal et l&apos;argument</source>
        <translation>Qualification: why this target, its needs, its obligations (collective agreement, employee categories), the right timing (renewal dates), the channel and the sales pitch</translation>
    </message>
    <message>
        <location filename="../prospects/SegmentDialog.cpp" line="35"/>
        <source> €/an</source>
        <translation> €/year</translation>
    </message>
    <message>
        <location filename="../prospects/SegmentDialog.cpp" line="40"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../prospects/SegmentDialog.cpp" line="43"/>
        <source>Le filtre de ce segment donne aujourd&apos;hui &lt;b&gt;%1&lt;/b&gt; du fichier et &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Today, this segment&apos;s filter matches &lt;b&gt;%1&lt;/b&gt; of the file and &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../prospects/SegmentDialog.cpp" line="49"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../prospects/SegmentDialog.cpp" line="50"/>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <location filename="../prospects/SegmentDialog.cpp" line="52"/>
        <source>Établissements (votre estimation)</source>
        <translation>Establishments (your estimate)</translation>
    </message>
    <message>
        <location filename="../prospects/SegmentDialog.cpp" line="53"/>
        <source>Salariés (votre estimation)</source>
        <translation>Employees (your estimate)</translation>
    </message>
    <message>
        <location filename="../prospects/SegmentDialog.cpp" line="54"/>
        <source>Potentiel de cotisations</source>
        <translation>Premium potential</translation>
    </message>
    <message>
        <location filename="../prospects/SegmentDialog.cpp" line="55"/>
        <source>Taux de transformation attendu</source>
        <translation>Expected conversion rate</translation>
    </message>
</context>
<context>
    <name>SegmentsPanel</name>
    <message>
        <location filename="../prospects/SegmentsPanel.cpp" line="35"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../prospects/SegmentsPanel.cpp" line="35"/>
        <source>Établ. (vous)</source>
        <translation>Estab. (you)</translation>
    </message>
    <message>
        <location filename="../prospects/SegmentsPanel.cpp" line="35"/>
        <source>Établ. (filtre)</source>
        <translation>Estab. (filter)</translation>
    </message>
    <message>
        <location filename="../prospects/SegmentsPanel.cpp" line="35"/>
        <source>Salariés (vous)</source>
        <translation>Employees (you)</translation>
    </message>
    <message>
        <location filename="../prospects/SegmentsPanel.cpp" line="36"/>
        <source>Salariés (filtre)</source>
        <translation>Employees (filter)</translation>
    </message>
    <message>
        <location filename="../prospects/SegmentsPanel.cpp" line="36"/>
        <source>Potentiel €/an</source>
        <translation>Potential €/year</translation>
    </message>
    <message>
        <location filename="../prospects/SegmentsPanel.cpp" line="36"/>
        <source>Transformation</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <location filename="../prospects/SegmentsPanel.cpp" line="36"/>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <location filename="../prospects/SegmentsPanel.cpp" line="47"/>
        <source>Nouveau segment depuis le filtre…</source>
        <translation>New segment from filter…</translation>
    </message>
    <message>
        <location filename="../prospects/SegmentsPanel.cpp" line="48"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../prospects/SegmentsPanel.cpp" line="49"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../prospects/SegmentsPanel.cpp" line="50"/>
        <source>Appliquer le filtre</source>
        <translation>Apply filter</translation>
    </message>
    <message>
        <location filename="../prospects/SegmentsPanel.cpp" line="51"/>
        <source>Exporter en CSV…</source>
        <translation>Export as CSV…</translation>
    </message>
    <message>
        <location filename="../prospects/SegmentsPanel.cpp" line="113"/>
        <source>Segment « %1 »</source>
        <translation>Segment “%1”</translation>
    </message>
    <message>
        <location filename="../prospects/SegmentsPanel.cpp" line="118"/>
        <source>Suppression d&apos;un segment</source>
        <translation>Delete segment</translation>
    </message>
</context>
<context>
    <name>StudiesPanel</name>
    <message>
        <location filename="../market/StudiesPanel.cpp" line="97"/>
        <source>&lt;b&gt;Études de marché&lt;/b&gt; — ce qu&apos;une étude révèle n&apos;apparaît qu&apos;une fois achetée.</source>
        <translation>&lt;b&gt;Market studies&lt;/b&gt; — what a study reveals only appears once it has been purchased.</translation>
    </message>
    <message>
        <location filename="../market/StudiesPanel.cpp" line="109"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../market/StudiesPanel.cpp" line="110"/>
        <location filename="../market/StudiesPanel.cpp" line="185"/>
        <source>Acheter</source>
        <translation>Buy</translation>
    </message>
    <message>
        <location filename="../market/StudiesPanel.cpp" line="112"/>
        <source>Achetée ✔</source>
        <translation>Purchased ✔</translation>
    </message>
    <message>
        <location filename="../market/StudiesPanel.cpp" line="126"/>
        <source>Ce scénario ne propose aucune étude de marché.</source>
        <translation>This scenario offers no market studies.</translation>
    </message>
    <message>
        <location filename="../market/StudiesPanel.cpp" line="139"/>
        <source>Aucune étude achetée pour l&apos;instant : les résultats des études apparaîtront ici.</source>
        <translation>No study purchased yet: study results will appear here.</translation>
    </message>
    <message>
        <location filename="../market/StudiesPanel.cpp" line="170"/>
        <source>Achat de l&apos;étude « %1 »</source>
        <translation>Buy study “%1”</translation>
    </message>
    <message>
        <location filename="../market/StudiesPanel.cpp" line="176"/>
        <source>Acheter une étude</source>
        <translation>Buy a study</translation>
    </message>
    <message>
        <location filename="../market/StudiesPanel.cpp" line="177"/>
        <source>Acheter l&apos;étude « %1 » ?</source>
        <translation>Buy the study “%1”?</translation>
    </message>
    <message>
        <location filename="../market/StudiesPanel.cpp" line="180"/>
        <source>Elle coûte %1 et %2. Il vous restera %3 et %4.

Une étude achetée ne peut pas être remboursée.</source>
        <translation>It costs %1 and %2. You will have %3 and %4 left.

A purchased study cannot be refunded.</translation>
    </message>
    <message>
        <location filename="../market/StudiesPanel.cpp" line="200"/>
        <source>Budget insuffisant : il reste %1, l&apos;étude coûte %2.</source>
        <translation>Insufficient budget: %1 left, the study costs %2.</translation>
    </message>
    <message>
        <location filename="../market/StudiesPanel.cpp" line="203"/>
        <source>Jours d&apos;analyse insuffisants : il reste %1, l&apos;étude demande %2.</source>
        <translation>Not enough analysis days: %1 left, the study requires %2.</translation>
    </message>
    <message>
        <location filename="../market/StudiesPanel.cpp" line="206"/>
        <source>Acheter l&apos;étude : %1 et %2 seront décomptés.</source>
        <translation>Buy the study: %1 and %2 will be deducted.</translation>
    </message>
    <message>
        <location filename="../market/StudiesPanel.cpp" line="257"/>
        <source>Cette étude ne contient pas de tableau.</source>
        <translation>This study contains no table.</translation>
    </message>
</context>
<context>
    <name>StudioSession</name>
    <message>
        <location filename="../common/StudioSession.cpp" line="115"/>
        <source>État du personnel de « %1 »</source>
        <translation>Employee census of “%1”</translation>
    </message>
    <message>
        <location filename="../common/StudioSession.cpp" line="174"/>
        <source>Vérité cachée non affichée : cette épreuve n&apos;est pas remise. La vérité cachée (besoins réels des entreprises, recensements et marché réels, anomalies du fichier) et la pré-évaluation qui la lit sont la vue de l&apos;évaluateur, lisibles une fois l&apos;épreuve remise ; rien n&apos;enregistrerait qu&apos;elles ont été lues pendant l&apos;épreuve.</source>
        <translation>Hidden truth not shown: this attempt has not been handed in. The hidden truth (the companies&apos; real needs, real censuses and market, the prospect file&apos;s defects) and the pre-assessment that reads it are the evaluator&apos;s view, readable once the attempt is handed in; nothing would record that they were read during the attempt.</translation>
    </message>
</context>
<context>
    <name>TenderDebriefPage</name>
    <message>
        <location filename="../tender/TenderDebriefPage.cpp" line="20"/>
        <source>Exporter le résultat de l&apos;appel d&apos;offres en PDF</source>
        <translation>Export the call for tender result as PDF</translation>
    </message>
    <message>
        <location filename="../tender/TenderDebriefPage.cpp" line="37"/>
        <source>&lt;p&gt;Le résultat sera connu une fois la %1 jouée (semaines jouées : %2). Jouez les semaines dans l&apos;onglet &lt;i&gt;Semaine&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The result will be known once %1 has been played (weeks played: %2). Play the weeks in the &lt;i&gt;Week&lt;/i&gt; tab.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>TenderDocumentView</name>
    <message>
        <location filename="../tender/TenderDocumentView.cpp" line="28"/>
        <source>Exporter en PDF…</source>
        <translation>Export as PDF…</translation>
    </message>
    <message>
        <location filename="../tender/TenderDocumentView.cpp" line="50"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>TenderList</name>
    <message>
        <location filename="../tender/TenderList.cpp" line="15"/>
        <source>Entreprise</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../tender/TenderList.cpp" line="15"/>
        <source>Dépôt des offres</source>
        <translation>Offer submission</translation>
    </message>
    <message>
        <location filename="../tender/TenderList.cpp" line="15"/>
        <source>Étape</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../tender/TenderList.cpp" line="40"/>
        <source>Appel d&apos;offres %1 : %2, niveau %3 demandé</source>
        <translation>Call for tender %1: %2, level %3 requested</translation>
    </message>
</context>
<context>
    <name>TenderQuestionsPanel</name>
    <message>
        <location filename="../tender/TenderQuestionsPanel.cpp" line="28"/>
        <source>Votre question à l&apos;entreprise (sinistralité, effectif, contrat actuel, structure de cotisation, courtier…)</source>
        <translation>Your question to the company (claims history, headcount, current contract, premium structure, broker…)</translation>
    </message>
    <message>
        <location filename="../tender/TenderQuestionsPanel.cpp" line="31"/>
        <source>Poser la question</source>
        <translation>Ask the question</translation>
    </message>
    <message>
        <location filename="../tender/TenderQuestionsPanel.cpp" line="50"/>
        <source>&lt;p&gt;&lt;b&gt;Semaine %1 — Question :&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Réponse de l&apos;entreprise :&lt;/b&gt; %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Week %1 — Question:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Company&apos;s answer:&lt;/b&gt; %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../tender/TenderQuestionsPanel.cpp" line="56"/>
        <source>&lt;p&gt;&lt;i&gt;Aucune question posée. Les réponses de l&apos;entreprise s&apos;affichent ici, sous chaque question.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;No questions asked. The company&apos;s answers appear here, below each question.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../tender/TenderQuestionsPanel.cpp" line="63"/>
        <source>Épreuve remise : consultation seule.</source>
        <translation>Attempt submitted: view only.</translation>
    </message>
    <message>
        <location filename="../tender/TenderQuestionsPanel.cpp" line="65"/>
        <source>Lisez d&apos;abord le cahier des charges.</source>
        <translation>Read the specifications first.</translation>
    </message>
    <message>
        <location filename="../tender/TenderQuestionsPanel.cpp" line="67"/>
        <source>Les questions étaient ouvertes jusqu&apos;à la fin de la %1 ; nous sommes en semaine %2.</source>
        <translation>Questions were open until the end of %1; it is now week %2.</translation>
    </message>
    <message>
        <location filename="../tender/TenderQuestionsPanel.cpp" line="72"/>
        <source>Questions jusqu&apos;à la fin de la %1 : %2.</source>
        <translation>Questions until the end of %1: %2.</translation>
    </message>
    <message>
        <location filename="../tender/TenderQuestionsPanel.cpp" line="75"/>
        <source>Questions closes (%1).</source>
        <translation>Questions closed (%1).</translation>
    </message>
    <message>
        <location filename="../tender/TenderQuestionsPanel.cpp" line="79"/>
        <source>Commande ao.question ; la réponse s&apos;affiche aussitôt</source>
        <translation>Command ao.question; the answer appears immediately</translation>
    </message>
    <message>
        <location filename="../tender/TenderQuestionsPanel.cpp" line="86"/>
        <source>Question sur l&apos;appel d&apos;offres %1</source>
        <translation>Question on call for tender %1</translation>
    </message>
</context>
<context>
    <name>TenderResponseForm</name>
    <message>
        <location filename="../tender/TenderResponseForm.cpp" line="49"/>
        <source>Construire ou modifier l&apos;offre dans Offres</source>
        <translation>Build or edit the offer in Offers</translation>
    </message>
    <message>
        <location filename="../tender/TenderResponseForm.cpp" line="52"/>
        <source>Ouvre l&apos;entreprise dans l&apos;onglet Offres : chaque version enregistrée y devient proposable ici</source>
        <translation>Opens the company in the Offers tab: each version saved there can be proposed here</translation>
    </message>
    <message>
        <location filename="../tender/TenderResponseForm.cpp" line="55"/>
        <source>Version de l&apos;offre :</source>
        <translation>Offer version:</translation>
    </message>
    <message>
        <location filename="../tender/TenderResponseForm.cpp" line="59"/>
        <source>Réponses aux questions du cahier des charges</source>
        <translation>Answers to the specifications&apos; questions</translation>
    </message>
    <message>
        <location filename="../tender/TenderResponseForm.cpp" line="62"/>
        <source>Documents à fournir</source>
        <translation>Documents to provide</translation>
    </message>
    <message>
        <location filename="../tender/TenderResponseForm.cpp" line="86"/>
        <source>Enregistrer la réponse</source>
        <translation>Save the response</translation>
    </message>
    <message>
        <location filename="../tender/TenderResponseForm.cpp" line="88"/>
        <source>Déposer</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../tender/TenderResponseForm.cpp" line="135"/>
        <source>Lisez d&apos;abord le cahier des charges : la réponse s&apos;y prépare.</source>
        <translation>Read the specifications first: the response is prepared from them.</translation>
    </message>
    <message>
        <location filename="../tender/TenderResponseForm.cpp" line="137"/>
        <source>Réponse déposée en semaine %1 : elle est définitive ; le résultat sera connu une fois la semaine %2 jouée.</source>
        <translation>Response submitted in week %1: it is final; the result will be known once week %2 has been played.</translation>
    </message>
    <message>
        <location filename="../tender/TenderResponseForm.cpp" line="142"/>
        <source>Épreuve remise : consultation seule.</source>
        <translation>Attempt submitted: view only.</translation>
    </message>
    <message>
        <location filename="../tender/TenderResponseForm.cpp" line="150"/>
        <source>Attribution en fin de %1.</source>
        <translation>Award at the end of %1.</translation>
    </message>
    <message>
        <location filename="../tender/TenderResponseForm.cpp" line="151"/>
        <source>&lt;b&gt;Dépôt jusqu&apos;à la fin de la %1 : %2.&lt;/b&gt; Semaine simulée : %3.</source>
        <translation>&lt;b&gt;Submission until the end of %1: %2.&lt;/b&gt; Simulated week: %3.</translation>
    </message>
    <message>
        <location filename="../tender/TenderResponseForm.cpp" line="171"/>
        <source>Votre réponse argumentée…</source>
        <translation>Your reasoned response…</translation>
    </message>
    <message>
        <location filename="../tender/TenderResponseForm.cpp" line="204"/>
        <source>v%1 — %2</source>
        <translation>v%1 — %2</translation>
    </message>
    <message>
        <location filename="../tender/TenderResponseForm.cpp" line="207"/>
        <source>Aucune offre enregistrée pour cette entreprise</source>
        <translation>No offer saved for this company</translation>
    </message>
    <message numerus="yes">
        <location filename="../tender/TenderResponseForm.cpp" line="264"/>
        <source>%n mot(s) ; %1 au moins pour une réponse argumentée (complétude du dossier)</source>
        <translation>
            <numerusform>%n word; at least %1 for a reasoned response (file completeness)</numerusform>
            <numerusform>%n words; at least %1 for a reasoned response (file completeness)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tender/TenderResponseForm.cpp" line="268"/>
        <source>%n mot(s) ; la réponse traite la question (complétude du dossier)</source>
        <translation>
            <numerusform>%n word; the answer addresses the question (dossier completeness)</numerusform>
            <numerusform>%n words; the answer addresses the question (dossier completeness)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tender/TenderResponseForm.cpp" line="270"/>
        <source>%n mot(s) ; ne compte pas dans la complétude du dossier : %1</source>
        <translation>
            <numerusform>%n word; does not count towards dossier completeness: %1</numerusform>
            <numerusform>%n words; do not count towards dossier completeness: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tender/TenderResponseForm.cpp" line="281"/>
        <source>&lt;div style=&apos;color:#1b7f3b&apos;&gt;✔ La réponse peut être déposée.&lt;/div&gt;</source>
        <translation>&lt;div style=&apos;color:#1b7f3b&apos;&gt;✔ The response can be submitted.&lt;/div&gt;</translation>
    </message>
    <message>
        <location filename="../tender/TenderResponseForm.cpp" line="288"/>
        <source>Enregistre la réponse sans la déposer (commande ao.reponse)</source>
        <translation>Saves the response without submitting it (command ao.reponse)</translation>
    </message>
    <message>
        <location filename="../tender/TenderResponseForm.cpp" line="291"/>
        <source>Dépose la réponse, définitivement (commande ao.depot)</source>
        <translation>Submits the response, permanently (command ao.depot)</translation>
    </message>
    <message>
        <location filename="../tender/TenderResponseForm.cpp" line="293"/>
        <source>Dépôt impossible :
%1</source>
        <translation>Cannot submit:
%1</translation>
    </message>
    <message>
        <location filename="../tender/TenderResponseForm.cpp" line="300"/>
        <source>Réponse à l&apos;appel d&apos;offres %1 (offre v%2)</source>
        <translation>Response to call for tender %1 (offer v%2)</translation>
    </message>
    <message>
        <location filename="../tender/TenderResponseForm.cpp" line="308"/>
        <source>Déposer la réponse</source>
        <translation>Submit the response</translation>
    </message>
    <message>
        <location filename="../tender/TenderResponseForm.cpp" line="309"/>
        <source>Déposer la réponse à l&apos;appel d&apos;offres %1 ? Le dépôt est définitif : la réponse ne pourra plus être modifiée.</source>
        <translation>Submit the response to call for tender %1? Submission is final: the response can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../tender/TenderResponseForm.cpp" line="319"/>
        <source>Dépôt de la réponse à l&apos;appel d&apos;offres %1</source>
        <translation>Submission of the response to call for tender %1</translation>
    </message>
</context>
<context>
    <name>TenderSpecificationsPage</name>
    <message>
        <location filename="../tender/TenderSpecificationsPage.cpp" line="25"/>
        <source>Lire le cahier des charges</source>
        <translation>Read the specifications</translation>
    </message>
    <message>
        <location filename="../tender/TenderSpecificationsPage.cpp" line="28"/>
        <source>Exporter le cahier des charges en PDF</source>
        <translation>Export the specifications as PDF</translation>
    </message>
    <message>
        <location filename="../tender/TenderSpecificationsPage.cpp" line="46"/>
        <source>&lt;p&gt;&lt;b&gt;Lire le cahier des charges est une information acquise.&lt;/b&gt; La lecture est enregistrée au journal de l&apos;épreuve et ne peut pas être annulée ; elle vous donne l&apos;état du personnel de l&apos;entreprise (effectif, âges, situations familiales), son contrat actuel et sa sinistralité, les garanties demandées, les questions à traiter, les documents à fournir et les critères de choix.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Reading the specifications counts as acquired information.&lt;/b&gt; The reading is recorded in the attempt log and cannot be undone; it gives you the company&apos;s staff profile (headcount, ages, family situations), its current contract and claims history, the cover requested, the questions to address, the documents to provide and the selection criteria.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../tender/TenderSpecificationsPage.cpp" line="53"/>
        <source>&lt;p&gt;&lt;i&gt;Vue de l&apos;évaluateur : le candidat n&apos;a pas lu ce cahier des charges à ce point de l&apos;épreuve.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Evaluator view: the candidate has not read these specifications at this point in the attempt.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../tender/TenderSpecificationsPage.cpp" line="59"/>
        <source>Épreuve remise : consultation seule.</source>
        <translation>Attempt submitted: view only.</translation>
    </message>
    <message>
        <location filename="../tender/TenderSpecificationsPage.cpp" line="60"/>
        <source>Commande ao.lecture, définitive</source>
        <translation>Command ao.lecture, final</translation>
    </message>
    <message>
        <location filename="../tender/TenderSpecificationsPage.cpp" line="77"/>
        <source>Lecture du cahier des charges %1</source>
        <translation>Reading of specifications %1</translation>
    </message>
</context>
<context>
    <name>TenderWorkspace</name>
    <message>
        <location filename="../tender/TenderWorkspace.cpp" line="32"/>
        <source>&lt;b&gt;Appels d&apos;offres publiés&lt;/b&gt;</source>
        <translation>&lt;b&gt;Published calls for tender&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../tender/TenderWorkspace.cpp" line="46"/>
        <source>Cahier des charges</source>
        <translation>Specifications</translation>
    </message>
    <message>
        <location filename="../tender/TenderWorkspace.cpp" line="47"/>
        <location filename="../tender/TenderWorkspace.cpp" line="154"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../tender/TenderWorkspace.cpp" line="48"/>
        <source>Réponse</source>
        <translation>Response</translation>
    </message>
    <message>
        <location filename="../tender/TenderWorkspace.cpp" line="49"/>
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message numerus="yes">
        <location filename="../tender/TenderWorkspace.cpp" line="104"/>
        <source>Semaine simulée %1 (%2), %n semaine(s) jouée(s)</source>
        <translation>
            <numerusform>Simulated week %1 (%2), %n week played</numerusform>
            <numerusform>Simulated week %1 (%2), %n weeks played</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tender/TenderWorkspace.cpp" line="123"/>
        <source>Aucun appel d&apos;offres publié à la date simulée (semaine %1).

Les entreprises publient leurs consultations au fil des semaines : jouez des semaines dans l&apos;onglet Semaine.</source>
        <translation>No call for tender published at the simulated date (week %1).

Companies publish their tenders as the weeks go by: play weeks in the Week tab.</translation>
    </message>
    <message>
        <location filename="../tender/TenderWorkspace.cpp" line="138"/>
        <source>&lt;b style=&apos;font-size:large&apos;&gt;%1&lt;/b&gt; — appel d&apos;offres %2&lt;br&gt;Demandé : %3, niveau %4, cotisations %5&lt;br&gt;Questions jusqu&apos;à la fin de la %6 · &lt;b&gt;dépôt jusqu&apos;à la fin de la %7 (%8)&lt;/b&gt; · attribution en fin de %9</source>
        <translation>&lt;b style=&apos;font-size:large&apos;&gt;%1&lt;/b&gt; — call for tender %2&lt;br&gt;Requested: %3, level %4, premiums %5&lt;br&gt;Questions until the end of %6 · &lt;b&gt;submission until the end of %7 (%8)&lt;/b&gt; · award at the end of %9</translation>
    </message>
    <message>
        <location filename="../tender/TenderWorkspace.cpp" line="154"/>
        <source>Questions (%1)</source>
        <translation>Questions (%1)</translation>
    </message>
</context>
<context>
    <name>TendersPage</name>
    <message>
        <location filename="../scenario/TendersPage.cpp" line="34"/>
        <location filename="../scenario/TendersPage.cpp" line="119"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../scenario/TendersPage.cpp" line="34"/>
        <location filename="../scenario/TendersPage.cpp" line="80"/>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../scenario/TendersPage.cpp" line="67"/>
        <source>Le générateur ajoute ses propres appels d&apos;offres pour les grandes entreprises ; déclarez ici ceux du scénario. Entreprise : un SIRET, ou des critères (effectif minimal, sections, IDCC, suivie par un courtier). Critères : prix=40, garanties=25… (somme 100, vide : pondération par défaut). Semaines comptées depuis le début.</source>
        <translation>The generator adds its own calls for tender for large companies; declare the scenario&apos;s own here. Company: a SIRET, or criteria (minimum headcount, sections, IDCC, followed by a broker). Criteria: prix=40, garanties=25… (total 100, empty: default weighting). Weeks counted from the start.</translation>
    </message>
    <message>
        <location filename="../scenario/TendersPage.cpp" line="75"/>
        <source>Identifiant</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../scenario/TendersPage.cpp" line="76"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../scenario/TendersPage.cpp" line="77"/>
        <source>Effectif min.</source>
        <translation>Min. headcount</translation>
    </message>
    <message>
        <location filename="../scenario/TendersPage.cpp" line="78"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../scenario/TendersPage.cpp" line="79"/>
        <source>IDCC</source>
        <translation>IDCC</translation>
    </message>
    <message>
        <location filename="../scenario/TendersPage.cpp" line="80"/>
        <source>Courtier</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location filename="../scenario/TendersPage.cpp" line="81"/>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../scenario/TendersPage.cpp" line="82"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../scenario/TendersPage.cpp" line="83"/>
        <source>Dépôt</source>
        <translation>Submission</translation>
    </message>
    <message>
        <location filename="../scenario/TendersPage.cpp" line="84"/>
        <source>Attribution</source>
        <translation>Award</translation>
    </message>
    <message>
        <location filename="../scenario/TendersPage.cpp" line="85"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../scenario/TendersPage.cpp" line="86"/>
        <source>Produits</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../scenario/TendersPage.cpp" line="87"/>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../scenario/TendersPage.cpp" line="88"/>
        <source>Expression</source>
        <translation>Expression</translation>
    </message>
    <message>
        <location filename="../scenario/TendersPage.cpp" line="89"/>
        <source>Critères</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <location filename="../scenario/TendersPage.cpp" line="90"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../scenario/TendersPage.cpp" line="91"/>
        <source>Questions posées</source>
        <translation>Questions asked</translation>
    </message>
    <message>
        <location filename="../scenario/TendersPage.cpp" line="112"/>
        <source>SIRET de 14 chiffres attendu</source>
        <translation>14-digit SIRET expected</translation>
    </message>
</context>
<context>
    <name>TerritoryPage</name>
    <message>
        <location filename="../scenario/TerritoryPage.cpp" line="29"/>
        <source>Chercher un département ou une commune (nom ou code)…</source>
        <translation>Search for a département or commune (name or code)…</translation>
    </message>
    <message>
        <location filename="../scenario/TerritoryPage.cpp" line="44"/>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../scenario/TerritoryPage.cpp" line="45"/>
        <source>codes : 15, 76, 2A</source>
        <translation>codes: 15, 76, 2A</translation>
    </message>
    <message>
        <location filename="../scenario/TerritoryPage.cpp" line="46"/>
        <source>codes INSEE : 76540, 76758</source>
        <translation>INSEE codes: 76540, 76758</translation>
    </message>
    <message>
        <location filename="../scenario/TerritoryPage.cpp" line="47"/>
        <source>Départements</source>
        <translation>Départements</translation>
    </message>
    <message>
        <location filename="../scenario/TerritoryPage.cpp" line="48"/>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../scenario/TerritoryPage.cpp" line="50"/>
        <source>Rayons autour d&apos;une commune</source>
        <translation>Radii around a commune</translation>
    </message>
    <message>
        <location filename="../scenario/TerritoryPage.cpp" line="54"/>
        <source>Commune (code INSEE)</source>
        <translation>Commune (INSEE code)</translation>
    </message>
    <message>
        <location filename="../scenario/TerritoryPage.cpp" line="55"/>
        <source>Rayon (km)</source>
        <translation>Radius (km)</translation>
    </message>
    <message>
        <location filename="../scenario/TerritoryPage.cpp" line="61"/>
        <source>Nombre d&apos;établissements</source>
        <translation>Number of establishments</translation>
    </message>
    <message>
        <location filename="../scenario/TerritoryPage.cpp" line="62"/>
        <source>Densité (part de la densité nationale)</source>
        <translation>Density (share of national density)</translation>
    </message>
    <message>
        <location filename="../scenario/TerritoryPage.cpp" line="66"/>
        <source>Établissements</source>
        <translation>Establishments</translation>
    </message>
    <message>
        <location filename="../scenario/TerritoryPage.cpp" line="67"/>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../scenario/TerritoryPage.cpp" line="132"/>
        <source>%1 communes, %2 habitants : %3 établissements à générer.</source>
        <translation>%1 communes, %2 inhabitants: %3 establishments to generate.</translation>
    </message>
    <message>
        <location filename="../scenario/TerritoryPage.cpp" line="137"/>
        <source>Territoire incomplet : la taille du marché n&apos;est pas encore connue.</source>
        <translation>Incomplete territory: the market size is not yet known.</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../evaluation/TimelinePanel.cpp" line="51"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../evaluation/TimelinePanel.cpp" line="52"/>
        <source>Première entrée (création de l&apos;épreuve)</source>
        <translation>First entry (attempt created)</translation>
    </message>
    <message>
        <location filename="../evaluation/TimelinePanel.cpp" line="53"/>
        <source>Précédente</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../evaluation/TimelinePanel.cpp" line="53"/>
        <source>Entrée précédente</source>
        <translation>Previous entry</translation>
    </message>
    <message>
        <location filename="../evaluation/TimelinePanel.cpp" line="54"/>
        <source>Suivante</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../evaluation/TimelinePanel.cpp" line="54"/>
        <source>Entrée suivante</source>
        <translation>Next entry</translation>
    </message>
    <message>
        <location filename="../evaluation/TimelinePanel.cpp" line="55"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../evaluation/TimelinePanel.cpp" line="56"/>
        <source>Dernière entrée (l&apos;épreuve telle que remise)</source>
        <translation>Last entry (the attempt as submitted)</translation>
    </message>
    <message>
        <location filename="../evaluation/TimelinePanel.cpp" line="61"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../evaluation/TimelinePanel.cpp" line="61"/>
        <source>Date simulée</source>
        <translation>Simulated date</translation>
    </message>
    <message>
        <location filename="../evaluation/TimelinePanel.cpp" line="61"/>
        <source>Heure réelle</source>
        <translation>Wall time</translation>
    </message>
    <message>
        <location filename="../evaluation/TimelinePanel.cpp" line="62"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../evaluation/TimelinePanel.cpp" line="62"/>
        <source>Ce qu&apos;elle a fait</source>
        <translation>What it did</translation>
    </message>
    <message>
        <location filename="../evaluation/TimelinePanel.cpp" line="62"/>
        <source>Hésitation</source>
        <translation>Hesitation</translation>
    </message>
    <message>
        <location filename="../evaluation/TimelinePanel.cpp" line="168"/>
        <source>Entrée %1 sur %2 — %3</source>
        <translation>Entry %1 of %2 — %3</translation>
    </message>
    <message>
        <location filename="../evaluation/TimelinePanel.cpp" line="171"/>
        <source>&lt;b&gt;L&apos;entrée %1 a changé :&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Entry %1 changed:&lt;/b&gt; %2</translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <location filename="../evaluation/TimelineText.cpp" line="59"/>
        <source>annulée (entrée %1)</source>
        <translation>undone (entry %1)</translation>
    </message>
    <message>
        <location filename="../evaluation/TimelineText.cpp" line="60"/>
        <source>annulée (entrée %1) puis rétablie (entrée %2)</source>
        <translation>undone (entry %1) then redone (entry %2)</translation>
    </message>
</context>
<context>
    <name>TrapsStudiesPage</name>
    <message>
        <location filename="../scenario/TrapsStudiesPage.cpp" line="20"/>
        <source>Effectif périmé</source>
        <translation>Outdated headcount</translation>
    </message>
    <message>
        <location filename="../scenario/TrapsStudiesPage.cpp" line="22"/>
        <source>Doublons</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <location filename="../scenario/TrapsStudiesPage.cpp" line="24"/>
        <source>Établissements fermés</source>
        <translation>Closed establishments</translation>
    </message>
    <message>
        <location filename="../scenario/TrapsStudiesPage.cpp" line="26"/>
        <source>Code APE erroné</source>
        <translation>Wrong APE code</translation>
    </message>
    <message>
        <location filename="../scenario/TrapsStudiesPage.cpp" line="28"/>
        <source>Contact manquant</source>
        <translation>Missing contact</translation>
    </message>
    <message>
        <location filename="../scenario/TrapsStudiesPage.cpp" line="30"/>
        <source>Contact erroné</source>
        <translation>Wrong contact</translation>
    </message>
    <message>
        <location filename="../scenario/TrapsStudiesPage.cpp" line="33"/>
        <source>Diffusion partielle [ND] (part des entrepreneurs individuels)</source>
        <translation>Partial disclosure [ND] (share of sole traders)</translation>
    </message>
    <message>
        <location filename="../scenario/TrapsStudiesPage.cpp" line="37"/>
        <source>Tranche NN</source>
        <translation>Band NN</translation>
    </message>
    <message>
        <location filename="../scenario/TrapsStudiesPage.cpp" line="39"/>
        <source>IDCC 9999</source>
        <translation>IDCC 9999</translation>
    </message>
    <message>
        <location filename="../scenario/TrapsStudiesPage.cpp" line="46"/>
        <source>Pièges du fichier prospects (part des lignes, 0 à 0,5)</source>
        <translation>Prospect file traps (share of rows, 0 to 0.5)</translation>
    </message>
    <message>
        <location filename="../scenario/TrapsStudiesPage.cpp" line="53"/>
        <source>Études proposées</source>
        <translation>Studies offered</translation>
    </message>
    <message>
        <location filename="../scenario/TrapsStudiesPage.cpp" line="57"/>
        <source>Identifiant</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../scenario/TrapsStudiesPage.cpp" line="58"/>
        <source>Nature</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../scenario/TrapsStudiesPage.cpp" line="59"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../scenario/TrapsStudiesPage.cpp" line="60"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../scenario/TrapsStudiesPage.cpp" line="61"/>
        <source>Prix (€)</source>
        <translation>Price (€)</translation>
    </message>
    <message>
        <location filename="../scenario/TrapsStudiesPage.cpp" line="62"/>
        <source>Jours</source>
        <translation>Days</translation>
    </message>
</context>
<context>
    <name>TruthHtml</name>
    <message>
        <location filename="../evaluation/TruthHtml.cpp" line="53"/>
        <source>&lt;table width=&apos;100%&apos; cellspacing=3 style=&apos;background:#f3e5f5&apos;&gt;&lt;tr&gt;&lt;td colspan=2&gt;&lt;b style=&apos;color:#6a1b9a&apos;&gt;Vérité cachée (évaluateur)&lt;/b&gt; — jamais montrée au candidat ; sa fiche suit.&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;table width=&apos;100%&apos; cellspacing=3 style=&apos;background:#f3e5f5&apos;&gt;&lt;tr&gt;&lt;td colspan=2&gt;&lt;b style=&apos;color:#6a1b9a&apos;&gt;Hidden truth (evaluator)&lt;/b&gt; — never shown to the candidate; their record follows.&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../evaluation/TruthHtml.cpp" line="59"/>
        <source>Établissement réel</source>
        <translation>Real establishment</translation>
    </message>
    <message>
        <location filename="../evaluation/TruthHtml.cpp" line="60"/>
        <source>%1 salariés (listé : %2)%3</source>
        <translation>%1 employees (listed: %2)%3</translation>
    </message>
    <message>
        <location filename="../evaluation/TruthHtml.cpp" line="62"/>
        <source> — &lt;b style=&apos;color:#a33&apos;&gt;fermé&lt;/b&gt;</source>
        <translation> — &lt;b style=&apos;color:#a33&apos;&gt;closed&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../evaluation/TruthHtml.cpp" line="63"/>
        <source>Entreprise réelle</source>
        <translation>Real company</translation>
    </message>
    <message numerus="yes">
        <location filename="../evaluation/TruthHtml.cpp" line="63"/>
        <source>%1 — %2 salariés, %3 établissement(s)</source>
        <translation>
            <numerusform>%1 — %2 employees, %3 establishment</numerusform>
            <numerusform>%1 — %2 employees, %3 establishments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../evaluation/TruthHtml.cpp" line="67"/>
        <source>Contrat santé actuel</source>
        <translation>Current health contract</translation>
    </message>
    <message>
        <location filename="../evaluation/TruthHtml.cpp" line="68"/>
        <source>Contrat prévoyance actuel</source>
        <translation>Current provident contract</translation>
    </message>
    <message>
        <location filename="../evaluation/TruthHtml.cpp" line="69"/>
        <source>État du personnel réel</source>
        <translation>Real staff register</translation>
    </message>
    <message>
        <location filename="../evaluation/TruthHtml.cpp" line="77"/>
        <source>Anomalies injectées</source>
        <translation>Injected anomalies</translation>
    </message>
    <message>
        <location filename="../evaluation/TruthHtml.cpp" line="78"/>
        <source>aucune : la ligne est exacte</source>
        <translation>none: the line is correct</translation>
    </message>
    <message>
        <location filename="../evaluation/TruthHtml.cpp" line="81"/>
        <source>Signalement du candidat</source>
        <translation>Candidate&apos;s flag</translation>
    </message>
</context>
<context>
    <name>TruthOverlayModel</name>
    <message>
        <location filename="../evaluation/TruthOverlayModel.cpp" line="87"/>
        <source>Vérité (évaluateur)</source>
        <translation>Truth (evaluator)</translation>
    </message>
    <message>
        <location filename="../evaluation/TruthOverlayModel.cpp" line="89"/>
        <source>Anomalies injectées dans la ligne et signalements du candidat à l&apos;entrée affichée : repéré, manqué ou fausse alerte. Visible en mode évaluateur seulement.</source>
        <translation>Anomalies injected in the line and the candidate&apos;s flags at the entry shown: found, missed or false alarm. Visible in evaluator mode only.</translation>
    </message>
    <message>
        <location filename="../evaluation/TruthOverlayModel.cpp" line="123"/>
        <source>Signalée par le candidat, mais la ligne est exacte.</source>
        <translation>Flagged by the candidate, but the line is correct.</translation>
    </message>
    <message>
        <location filename="../evaluation/TruthOverlayModel.cpp" line="137"/>
        <source>fermé</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../evaluation/TruthOverlayModel.cpp" line="139"/>
        <source>Effectif listé : %1 ; effectif réel : %2</source>
        <translation>Listed headcount: %1; real headcount: %2</translation>
    </message>
    <message>
        <location filename="../evaluation/TruthOverlayModel.cpp" line="141"/>
        <source>%1 → réel %2</source>
        <translation>%1 → real %2</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <location filename="../shell/UserGuideWindow.cpp" line="9"/>
        <source>Guide d&apos;utilisation de cmcsim</source>
        <translation>cmcsim user guide</translation>
    </message>
</context>
<context>
    <name>VerdictTable</name>
    <message>
        <location filename="../compare/VerdictTable.cpp" line="38"/>
        <source>Candidat</source>
        <translation>Candidate</translation>
    </message>
</context>
<context>
    <name>WeekAgenda</name>
    <message>
        <location filename="../weeks/WeekAgenda.cpp" line="26"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../weeks/WeekAgenda.cpp" line="26"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../weeks/WeekAgenda.cpp" line="26"/>
        <source>Cible</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../weeks/WeekAgenda.cpp" line="26"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../weeks/WeekAgenda.cpp" line="26"/>
        <source>Heures</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../weeks/WeekAgenda.cpp" line="27"/>
        <source>Coût de la semaine</source>
        <translation>Cost of the week</translation>
    </message>
    <message>
        <location filename="../weeks/WeekAgenda.cpp" line="37"/>
        <source>Entreprise</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../weeks/WeekAgenda.cpp" line="37"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../weeks/WeekAgenda.cpp" line="37"/>
        <source>Pris par</source>
        <translation>Booked by</translation>
    </message>
    <message>
        <location filename="../weeks/WeekAgenda.cpp" line="37"/>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../weeks/WeekAgenda.cpp" line="40"/>
        <source>Double-cliquer pour ouvrir l&apos;entreprise dans le fichier prospects</source>
        <translation>Double-click to open the company in the prospects file</translation>
    </message>
    <message>
        <location filename="../weeks/WeekAgenda.cpp" line="44"/>
        <source>&lt;b&gt;Actions du plan cette semaine&lt;/b&gt; (coût du modèle : contacts, heures et euros imputés)</source>
        <translation>&lt;b&gt;Plan actions this week&lt;/b&gt; (model cost: contacts, hours and euros charged)</translation>
    </message>
    <message>
        <location filename="../weeks/WeekAgenda.cpp" line="49"/>
        <source>&lt;b&gt;Rendez-vous de la semaine&lt;/b&gt;</source>
        <translation>&lt;b&gt;This week&apos;s appointments&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../weeks/WeekAgenda.cpp" line="71"/>
        <source>Segment « %1 »</source>
        <translation>Segment “%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../weeks/WeekAgenda.cpp" line="74"/>
        <source>%n entreprise(s) nommée(s)</source>
        <translation>
            <numerusform>%n named company</numerusform>
            <numerusform>%n named companies</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weeks/WeekAgenda.cpp" line="76"/>
        <source>Prescripteurs : %1</source>
        <translation>Referrers: %1</translation>
    </message>
    <message>
        <location filename="../weeks/WeekAgenda.cpp" line="78"/>
        <source>Clients du portefeuille</source>
        <translation>Portfolio clients</translation>
    </message>
    <message>
        <location filename="../weeks/WeekAgenda.cpp" line="91"/>
        <source>Aucune action du plan ne court cette semaine.</source>
        <translation>No plan action runs this week.</translation>
    </message>
    <message>
        <location filename="../weeks/WeekAgenda.cpp" line="92"/>
        <source>Total : %1 h sur %2 h de capacité, %3 de coût de la semaine</source>
        <translation>Total: %1 h out of %2 h of capacity, %3 cost for the week</translation>
    </message>
    <message>
        <location filename="../weeks/WeekAgenda.cpp" line="97"/>
        <source>Objectif d&apos;appels par jour : &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Daily call objective: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../weeks/WeekAgenda.cpp" line="99"/>
        <source>Pas d&apos;objectif d&apos;appels par jour pour cette semaine</source>
        <translation>No daily call objective for this week</translation>
    </message>
</context>
<context>
    <name>WeekHeader</name>
    <message>
        <location filename="../weeks/WeekHeader.cpp" line="27"/>
        <source>Semaine suivante</source>
        <translation>Next week</translation>
    </message>
    <message>
        <location filename="../weeks/WeekHeader.cpp" line="30"/>
        <source>Aller à la semaine…</source>
        <translation>Go to week…</translation>
    </message>
    <message>
        <location filename="../weeks/WeekHeader.cpp" line="58"/>
        <source>&lt;b&gt;Semaine %1 sur %2&lt;/b&gt; — du lundi %3 au dimanche %4%5</source>
        <translation>&lt;b&gt;Week %1 of %2&lt;/b&gt; — from Monday %3 to Sunday %4%5</translation>
    </message>
    <message>
        <location filename="../weeks/WeekHeader.cpp" line="64"/>
        <source> ; jours fériés : %1</source>
        <translation>; public holidays: %1</translation>
    </message>
    <message>
        <location filename="../weeks/WeekHeader.cpp" line="64"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../weeks/WeekHeader.cpp" line="67"/>
        <source>&lt;b&gt;Les %1 semaines de l&apos;épreuve sont jouées&lt;/b&gt;</source>
        <translation>&lt;b&gt;All %1 weeks of the exam have been played&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../weeks/WeekHeader.cpp" line="73"/>
        <source>Capacité de la semaine : %1 h (jours fériés déduits) — budget restant : %2</source>
        <translation>Week capacity: %1 h (public holidays deducted) — remaining budget: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../weeks/WeekHeader.cpp" line="75"/>
        <source>%n semaine(s) jouée(s)</source>
        <translation>
            <numerusform>%n week played</numerusform>
            <numerusform>%n weeks played</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weeks/WeekHeader.cpp" line="77"/>
        <source>L&apos;épreuve est remise : plus aucune semaine ne se joue</source>
        <translation>The exam has been submitted: no more weeks can be played</translation>
    </message>
    <message>
        <location filename="../weeks/WeekHeader.cpp" line="78"/>
        <source>La dernière semaine de l&apos;épreuve est jouée</source>
        <translation>The last week of the exam has been played</translation>
    </message>
    <message>
        <location filename="../weeks/WeekHeader.cpp" line="85"/>
        <source>Joue la semaine %1 : les actions du plan, les réponses des entreprises, la veille et les échéances</source>
        <translation>Plays week %1: the plan actions, the companies&apos; responses, market watch and renewal dates</translation>
    </message>
    <message>
        <location filename="../weeks/WeekHeader.cpp" line="88"/>
        <source>Joue plusieurs semaines à la suite ; s&apos;arrête au premier refus</source>
        <translation>Plays several weeks in a row; stops at the first refusal</translation>
    </message>
</context>
<context>
    <name>WeekResultsPanel</name>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="61"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="61"/>
        <location filename="../weeks/WeekResultsPanel.cpp" line="73"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="61"/>
        <source>Contacts faits / prévus</source>
        <translation>Contacts made / planned</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="61"/>
        <source>Joints</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="62"/>
        <source>Heures faites / prévues</source>
        <translation>Hours spent / planned</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="62"/>
        <source>Coût dépensé / prévu</source>
        <translation>Cost spent / planned</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="62"/>
        <source>Reportés</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="63"/>
        <source>Abandonnés</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="63"/>
        <source>Limite</source>
        <translation>Limit</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="66"/>
        <source>Étape</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="66"/>
        <location filename="../weeks/WeekResultsPanel.cpp" line="68"/>
        <source>Entreprise</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="66"/>
        <location filename="../weeks/WeekResultsPanel.cpp" line="68"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="66"/>
        <source>Détail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="68"/>
        <source>Échéance</source>
        <translation>Renewal date</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="68"/>
        <source>Issue</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="69"/>
        <source>Revue avant l&apos;échéance</source>
        <translation>Review before the renewal date</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="69"/>
        <source>Prime annuelle</source>
        <translation>Annual premium</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="69"/>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="73"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="73"/>
        <source>Ce qu&apos;il annonce</source>
        <translation>What it announces</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="73"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="73"/>
        <source>Date d&apos;effet</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="90"/>
        <source>Double-cliquer pour ouvrir l&apos;entreprise dans le fichier prospects</source>
        <translation>Double-click to open the company in the prospects file</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="93"/>
        <source>Semaine jouée :</source>
        <translation>Week played:</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="122"/>
        <source>Semaine %1 (du %2)</source>
        <translation>Week %1 (from %2)</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="146"/>
        <source>Aucune semaine jouée : le bouton « Semaine suivante » joue la première avec le plan d&apos;actions.</source>
        <translation>No week played: the “Next week” button plays the first one with the action plan.</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="159"/>
        <source>pas d&apos;objectif d&apos;appels par jour</source>
        <translation>no daily call objective</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="162"/>
        <source>objectif d&apos;appels par jour : %1, réalisé : %2 par jour — &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>daily call objective: %1, achieved: %2 per day — &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="164"/>
        <source>atteint</source>
        <translation>met</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="164"/>
        <source>non atteint</source>
        <translation>not met</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="167"/>
        <source>&lt;b&gt;Semaine %1&lt;/b&gt; (du %2 au %3) — temps : %4 h utilisées sur %5 h ; budget : %6 dépensés sur %7 disponibles ; %8 ; signatures : %9 (%10 de primes annuelles)</source>
        <translation>&lt;b&gt;Week %1&lt;/b&gt; (%2 to %3) — time: %4 h used out of %5 h; budget: %6 spent out of %7 available; %8; signatures: %9 (%10 in annual premiums)</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="185"/>
        <source>tout est fait</source>
        <translation>everything done</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="199"/>
        <source>Rendez-vous pris</source>
        <translation>Appointment booked</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="201"/>
        <source>par « %1 » (%2)</source>
        <translation>by “%1” (%2)</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="206"/>
        <source>rendez-vous tenu</source>
        <translation>appointment held</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="208"/>
        <source>prime annuelle %1</source>
        <translation>annual premium %1</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="212"/>
        <source>son assureur lui fait une offre de rétention</source>
        <translation>their insurer makes them a retention offer</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="225"/>
        <source>reste client</source>
        <translation>stays a client</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="225"/>
        <source>perdu</source>
        <translation>lost</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="226"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="226"/>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message numerus="yes">
        <location filename="../weeks/WeekResultsPanel.cpp" line="249"/>
        <source>%n événement(s) non reçu(s) par les sources que vous ne suivez pas</source>
        <translation>
            <numerusform>%n event not received from the sources you do not follow</numerusform>
            <numerusform>%n events not received from the sources you do not follow</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="254"/>
        <source>Actions (%1)</source>
        <translation>Actions (%1)</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="255"/>
        <source>Contacts et réponses (%1)</source>
        <translation>Contacts and responses (%1)</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="257"/>
        <source>Pipeline (%1)</source>
        <translation>Pipeline (%1)</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="259"/>
        <source>Échéances du portefeuille (%1)</source>
        <translation>Portfolio renewals (%1)</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="260"/>
        <source>Échéances du portefeuille (extrait non acheté)</source>
        <translation>Portfolio renewals (extract not bought)</translation>
    </message>
    <message>
        <location filename="../weeks/WeekResultsPanel.cpp" line="261"/>
        <source>Veille (%1)</source>
        <translation>Market watch (%1)</translation>
    </message>
</context>
<context>
    <name>WeekSeriesChart</name>
    <message>
        <location filename="../piloting/WeekSeriesChart.cpp" line="42"/>
        <source>S%1</source>
        <translation>W%1</translation>
    </message>
</context>
<context>
    <name>WeekWorkspace</name>
    <message>
        <location filename="../weeks/WeekWorkspace.cpp" line="32"/>
        <source>Agenda de la semaine à jouer</source>
        <translation>Agenda for the week to play</translation>
    </message>
    <message>
        <location filename="../weeks/WeekWorkspace.cpp" line="33"/>
        <source>Résultats des semaines jouées</source>
        <translation>Results of the weeks played</translation>
    </message>
    <message>
        <location filename="../weeks/WeekWorkspace.cpp" line="34"/>
        <source>Entonnoir par entreprise</source>
        <translation>Funnel by company</translation>
    </message>
    <message>
        <location filename="../weeks/WeekWorkspace.cpp" line="76"/>
        <source>Semaine %1 jouée</source>
        <translation>Week %1 played</translation>
    </message>
    <message>
        <location filename="../weeks/WeekWorkspace.cpp" line="79"/>
        <source>Semaine %1 refusée : %2</source>
        <translation>Week %1 refused: %2</translation>
    </message>
    <message>
        <location filename="../weeks/WeekWorkspace.cpp" line="87"/>
        <source>Simulation des semaines…</source>
        <translation>Simulating weeks…</translation>
    </message>
    <message>
        <location filename="../weeks/WeekWorkspace.cpp" line="87"/>
        <source>Arrêter</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../weeks/WeekWorkspace.cpp" line="89"/>
        <source>Semaines</source>
        <translation>Weeks</translation>
    </message>
    <message>
        <location filename="../weeks/WeekWorkspace.cpp" line="94"/>
        <source>Semaine %1 sur %2…</source>
        <translation>Week %1 of %2…</translation>
    </message>
    <message>
        <location filename="../weeks/WeekWorkspace.cpp" line="111"/>
        <source>Aller à la semaine</source>
        <translation>Go to week</translation>
    </message>
    <message>
        <location filename="../weeks/WeekWorkspace.cpp" line="112"/>
        <source>Jouer les semaines %1 à… (la dernière de l&apos;épreuve est la %2)</source>
        <translation>Play weeks %1 to… (the last week of the exam is %2)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../shell/WelcomePage.cpp" line="33"/>
        <source>&lt;h1&gt;cmcsim&lt;/h1&gt;&lt;p&gt;Simulateur d&apos;entraînement du Conseiller·e mutualiste collectif : analyse de marché, fichier prospects, cibles et plan d&apos;actions.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;cmcsim&lt;/h1&gt;&lt;p&gt;Training simulator for the collective mutual insurance advisor (Conseiller·e mutualiste collectif): market analysis, prospect file, targets and action plan.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../shell/WelcomePage.cpp" line="44"/>
        <source>Nom du candidat ou de la candidate</source>
        <translation>Candidate&apos;s name</translation>
    </message>
    <message>
        <location filename="../shell/WelcomePage.cpp" line="46"/>
        <source>Nouvelle épreuve…</source>
        <translation>New attempt…</translation>
    </message>
    <message>
        <location filename="../shell/WelcomePage.cpp" line="55"/>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../shell/WelcomePage.cpp" line="56"/>
        <source>Ouvrir en mode évaluateur…</source>
        <translation>Open in evaluator mode…</translation>
    </message>
    <message>
        <location filename="../shell/WelcomePage.cpp" line="59"/>
        <source>Évaluateurs : ouvrir l&apos;épreuve d&apos;un candidat en lecture seule, la rejouer et lire la pré-évaluation automatique</source>
        <translation>Evaluators: open a candidate&apos;s attempt read-only, replay it and read the automatic pre-assessment</translation>
    </message>
    <message>
        <location filename="../shell/WelcomePage.cpp" line="62"/>
        <source>Comparer des épreuves…</source>
        <translation>Compare attempts…</translation>
    </message>
    <message>
        <location filename="../shell/WelcomePage.cpp" line="65"/>
        <source>Formateurs et évaluateurs : comparer les épreuves d&apos;un groupe sur un même scénario, critère par critère</source>
        <translation>Trainers and evaluators: compare a group&apos;s attempts on the same scenario, criterion by criterion</translation>
    </message>
    <message>
        <location filename="../shell/WelcomePage.cpp" line="68"/>
        <source>Créer ou modifier des scénarios…</source>
        <translation>Create or edit scenarios…</translation>
    </message>
    <message>
        <location filename="../shell/WelcomePage.cpp" line="70"/>
        <source>Formateurs : l&apos;éditeur de scénarios et de paquets</source>
        <translation>Trainers: the scenario and pack editor</translation>
    </message>
    <message>
        <location filename="../shell/WelcomePage.cpp" line="73"/>
        <source>&lt;b&gt;Scénarios&lt;/b&gt;</source>
        <translation>&lt;b&gt;Scenarios&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../shell/WelcomePage.cpp" line="77"/>
        <source>&lt;b&gt;Épreuves récentes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Recent attempts&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../shell/WelcomePage.cpp" line="119"/>
        <source> (par défaut)</source>
        <translation> (default)</translation>
    </message>
    <message>
        <location filename="../shell/WelcomePage.cpp" line="125"/>
        <source>%1 (fichier)</source>
        <translation>%1 (file)</translation>
    </message>
    <message>
        <location filename="../shell/WelcomePage.cpp" line="146"/>
        <source>date inconnue</source>
        <translation>unknown date</translation>
    </message>
    <message>
        <location filename="../shell/WelcomePage.cpp" line="152"/>
        <source>candidat non renseigné</source>
        <translation>no candidate name</translation>
    </message>
    <message numerus="yes">
        <location filename="../shell/WelcomePage.cpp" line="155"/>
        <source>%1 — %2
créée le %3 · dernière activité le %4 · %n action(s)
%5</source>
        <translation>
            <numerusform>%1 — %2
created on %3 · last activity on %4 · %n action
%5</numerusform>
            <numerusform>%1 — %2
created on %3 · last activity on %4 · %n actions
%5</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../shell/WelcomePage.cpp" line="160"/>
        <source>%1 — indisponible
%2</source>
        <translation>%1 — unavailable
%2</translation>
    </message>
    <message>
        <location filename="../shell/WelcomePage.cpp" line="185"/>
        <source>Territoire</source>
        <translation>Territory</translation>
    </message>
    <message>
        <location filename="../shell/WelcomePage.cpp" line="186"/>
        <location filename="../shell/WelcomePage.cpp" line="193"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../shell/WelcomePage.cpp" line="192"/>
        <source>environ %1</source>
        <translation>about %1</translation>
    </message>
    <message>
        <location filename="../shell/WelcomePage.cpp" line="198"/>
        <source>%1, %2 de cotisations annuelles</source>
        <translation>%1, %2 in annual premiums</translation>
    </message>
    <message>
        <location filename="../shell/WelcomePage.cpp" line="202"/>
        <source>budget %1, %2</source>
        <translation>budget %1, %2</translation>
    </message>
    <message>
        <location filename="../shell/WelcomePage.cpp" line="192"/>
        <source>Établissements</source>
        <translation>Establishments</translation>
    </message>
    <message>
        <location filename="../shell/WelcomePage.cpp" line="193"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../shell/WelcomePage.cpp" line="195"/>
        <source>Votre mutuelle</source>
        <translation>Your mutual insurer</translation>
    </message>
    <message>
        <location filename="../shell/WelcomePage.cpp" line="196"/>
        <source>Concurrents</source>
        <translation>Competitors</translation>
    </message>
    <message>
        <location filename="../shell/WelcomePage.cpp" line="197"/>
        <source>Objectifs</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <location filename="../shell/WelcomePage.cpp" line="201"/>
        <source>Moyens d&apos;analyse</source>
        <translation>Analysis resources</translation>
    </message>
    <message>
        <location filename="../shell/WelcomePage.cpp" line="205"/>
        <source>Consigne</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location filename="../shell/WelcomePage.cpp" line="210"/>
        <source>Ce scénario n&apos;est pas valide :
%1</source>
        <translation>This scenario is not valid:
%1</translation>
    </message>
</context>
<context>
    <name>exportFile</name>
    <message>
        <location filename="../common/ExportFile.cpp" line="22"/>
        <source>Export impossible</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../common/ExportFile.cpp" line="69"/>
        <source>Impossible d&apos;écrire %1 : %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>studio::tenderText</name>
    <message>
        <location filename="../tender/TenderText.cpp" line="23"/>
        <source>semaine %1 (%2)</source>
        <translation>week %1 (%2)</translation>
    </message>
    <message>
        <location filename="../tender/TenderText.cpp" line="27"/>
        <source>échue depuis la fin de la semaine %1</source>
        <translation>overdue since the end of week %1</translation>
    </message>
    <message>
        <location filename="../tender/TenderText.cpp" line="28"/>
        <source>dernière semaine</source>
        <translation>last week</translation>
    </message>
    <message>
        <location filename="../tender/TenderText.cpp" line="29"/>
        <source>encore %n semaine(s) simulée(s)</source>
        <translation>%n simulated week(s) left</translation>
    </message>
</context>
</TS>
