<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Reseller Desktop uses Qt {qt} and PySide6 {pyside}, under the GNU Lesser General Public License version 3 (LGPL). You may replace them with versions of your own: they are separate libraries in the installation folder.</source>
        <translation>Reseller Desktop utilise Qt {qt} et PySide6 {pyside}, sous la licence publique générale limitée GNU version 3 (LGPL). Vous pouvez les remplacer par vos propres versions : ce sont des bibliothèques distinctes dans le dossier d&apos;installation.</translation>
    </message>
    <message>
        <source>Their source code: {source}. The licence: {licence}.</source>
        <translation>Leur code source : {source}. La licence : {licence}.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Not stated: see its licence text</source>
        <translation>Non indiquée : voir le texte de sa licence</translation>
    </message>
    <message>
        <source>Qt and PySide6 are distributed under the GNU Lesser General Public License version 3 (or, at your choice, the GNU GPL version 2 or 3). The full text: {licence}. Qt&apos;s own notices: the About Qt button.</source>
        <translation>Qt et PySide6 sont distribués sous la licence publique générale limitée GNU version 3 (ou, à votre choix, la GNU GPL version 2 ou 3). Le texte complet : {licence}. Les mentions de Qt : le bouton À propos de Qt.</translation>
    </message>
    <message>
        <source>This package was installed without its licence text. Its licence: {licence}.</source>
        <translation>Ce paquet a été installé sans le texte de sa licence. Sa licence : {licence}.</translation>
    </message>
    <message>
        <source>About Reseller Desktop</source>
        <translation>À propos de Reseller Desktop</translation>
    </message>
    <message>
        <source>Office 365 customer onboarding for Microsoft cloud reseller partners.</source>
        <translation>Intégration de clients Office 365 pour les partenaires revendeurs cloud Microsoft.</translation>
    </message>
    <message>
        <source>&amp;Libraries and their licences:</source>
        <translation>&amp;Bibliothèques et leurs licences :</translation>
    </message>
    <message>
        <source>Licence &amp;text of the selected library:</source>
        <translation>&amp;Texte de la licence de la bibliothèque sélectionnée :</translation>
    </message>
</context>
<context>
    <name>AddCustomerWizard</name>
    <message>
        <source>(no company name yet)</source>
        <translation>(pas encore de raison sociale)</translation>
    </message>
    <message>
        <source>{company}, saved {time}.</source>
        <translation>{company}, enregistré le {time}.</translation>
    </message>
    <message>
        <source>Some saved entries were not valid and were not restored: {fields}.</source>
        <translation>Certaines saisies enregistrées n&apos;étaient pas valides et n&apos;ont pas été restaurées&#xa0;: {fields}.</translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation>Ajouter un client</translation>
    </message>
    <message>
        <source>Did you copy the customer and subscription information?</source>
        <translation>Avez-vous copié les informations du client et de l&apos;abonnement&#xa0;?</translation>
    </message>
    <message>
        <source>I &amp;have copied the information</source>
        <translation>J&apos;ai &amp;copié les informations</translation>
    </message>
    <message>
        <source>&amp;Go to page</source>
        <translation>&amp;Aller à la page</translation>
    </message>
    <message>
        <source>The temporary password will not be shown again. Without it, the customer&apos;s administrator cannot sign in until the password is reset.</source>
        <translation>Le mot de passe temporaire ne sera plus affiché. Sans lui, l&apos;administrateur du client ne pourra pas se connecter tant que le mot de passe n&apos;aura pas été réinitialisé.</translation>
    </message>
    <message>
        <source>Discard the customer you are entering?</source>
        <translation>Abandonner le client en cours de saisie&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Close and keep a d&amp;raft</source>
        <translation>Fermer et garder un &amp;brouillon</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
    <message>
        <source>Nothing has been sent yet. A draft is offered back the next time you add a customer; discarded entries are gone.</source>
        <translation>Rien n&apos;a encore été envoyé. Un brouillon vous sera proposé la prochaine fois que vous ajouterez un client&#xa0;; les saisies abandonnées sont définitivement perdues.</translation>
    </message>
    <message>
        <source>Restore the customer you were entering?</source>
        <translation>Restaurer le client que vous étiez en train de saisir&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Start over</source>
        <translation>Re&amp;commencer</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous</source>
        <translation>‹ &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>Back to re&amp;view</source>
        <translation>Retour a&amp;u récapitulatif</translation>
    </message>
    <message>
        <source>Creating the customer…</source>
        <translation>Création du client…</translation>
    </message>
    <message>
        <source>No answer yet: the outcome is unknown. Still waiting; nothing will be created twice.</source>
        <translation>Pas encore de réponse : le résultat est inconnu. L&apos;attente continue ; rien ne sera créé deux fois.</translation>
    </message>
    <message>
        <source>Outcome unknown — checking again in {seconds} s…</source>
        <translation>Résultat inconnu — nouvelle vérification dans {seconds} s…</translation>
    </message>
    <message>
        <source>The customer could not be submitted because of an unexpected error.</source>
        <translation>Le client n&apos;a pas pu être envoyé à cause d&apos;une erreur inattendue.</translation>
    </message>
    <message>
        <source>Your entries are kept. Submit again; if it happens again, the log file has the details. Error: {kind}</source>
        <translation>Vos saisies sont conservées. Envoyez à nouveau ; si cela se reproduit, le fichier journal contient les détails. Erreur : {kind}</translation>
    </message>
    <message>
        <source>Nothing was saved. Fix the problem, then submit again.</source>
        <translation>Rien n&apos;a été enregistré. Corrigez le problème, puis envoyez de nouveau.</translation>
    </message>
    <message>
        <source>The customer was not created. {problem}</source>
        <translation>Le client n&apos;a pas été créé. {problem}</translation>
    </message>
    <message>
        <source>Add &amp;another customer</source>
        <translation>Ajouter un &amp;autre client</translation>
    </message>
</context>
<context>
    <name>AddSubscriptionDialog</name>
    <message>
        <source>Buy another subscription for {company}.</source>
        <translation>Acheter un autre abonnement pour {company}.</translation>
    </message>
    <message>
        <source>&amp;Buy…</source>
        <translation>&amp;Acheter…</translation>
    </message>
    <message>
        <source>{minimum} to {maximum} seats.</source>
        <translation>De {minimum} à {maximum} postes.</translation>
    </message>
    <message>
        <source>This customer already has {used} of the {cap} seats allowed across its {family} plans.</source>
        <translation>Ce client utilise déjà {used} des {cap} postes autorisés sur l&apos;ensemble de ses forfaits {family}.</translation>
    </message>
    <message>
        <source>Not known for this offer</source>
        <translation>Inconnu pour cette offre</translation>
    </message>
    <message>
        <source>Check the price in Partner Center before buying.</source>
        <translation>Vérifiez le prix dans l&apos;Espace partenaires avant d&apos;acheter.</translation>
    </message>
    <message>
        <source>{price} per user/month</source>
        <translation>{price} par utilisateur/mois</translation>
    </message>
    <message>
        <source>{total} a month ({seats} × {price})</source>
        <translation>{total} par mois ({seats} × {price})</translation>
    </message>
    <message>
        <source>Indicative list prices in US dollars, before taxes.</source>
        <translation>Prix catalogue indicatifs en dollars US, hors taxes.</translation>
    </message>
    <message>
        <source>Buy 1 seat of {offer}?</source>
        <translation>Acheter 1 poste de {offer} ?</translation>
    </message>
    <message>
        <source>Buy {seats} seats of {offer}?</source>
        <translation>Acheter {seats} postes de {offer} ?</translation>
    </message>
    <message>
        <source>Buy 1 seat of {offer} for {total} a month?</source>
        <translation>Acheter 1 poste de {offer} pour {total} par mois ?</translation>
    </message>
    <message>
        <source>Buy {seats} seats of {offer} for {total} a month?</source>
        <translation>Acheter {seats} postes de {offer} pour {total} par mois ?</translation>
    </message>
    <message>
        <source>Term: {term}. Billing: {billing}.</source>
        <translation>Durée d&apos;engagement : {term}. Facturation : {billing}.</translation>
    </message>
    <message>
        <source>Within 7 days of the purchase, seats can be removed and the subscription cancelled.</source>
        <translation>Dans les 7 jours suivant l&apos;achat, vous pouvez retirer des postes et annuler l&apos;abonnement.</translation>
    </message>
    <message>
        <source>&amp;Buy</source>
        <translation>&amp;Acheter</translation>
    </message>
    <message>
        <source>Go &amp;back</source>
        <translation>&amp;Revenir</translation>
    </message>
    <message>
        <source>Add subscription</source>
        <translation>Ajouter un abonnement</translation>
    </message>
    <message>
        <source>&amp;Offer:</source>
        <translation>&amp;Offre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>&amp;Durée d&apos;engagement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Billing:</source>
        <translation>&amp;Facturation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation>&amp;Postes&#xa0;:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Prix :</translation>
    </message>
    <message>
        <source>Monthly total:</source>
        <translation>Total mensuel :</translation>
    </message>
</context>
<context>
    <name>AddressCheck</name>
    <message>
        <source>Partner Center did not answer in time, so this address is not verified. You can go on with it (Next): check it with the customer.</source>
        <translation>L&apos;Espace partenaires n&apos;a pas répondu à temps : cette adresse n&apos;est donc pas vérifiée. Vous pouvez continuer avec elle (Suivant) ; vérifiez-la avec le client.</translation>
    </message>
    <message>
        <source>Partner Center could not verify this address. You can go on with it (Next): check it with the customer.</source>
        <translation>L&apos;Espace partenaires n&apos;a pas pu vérifier cette adresse. Vous pouvez continuer avec elle (Suivant) ; vérifiez-la avec le client.</translation>
    </message>
    <message>
        <source>Details: {detail}</source>
        <translation>Détails : {detail}</translation>
    </message>
</context>
<context>
    <name>AddressSuggestionPanel</name>
    <message>
        <source>You typed</source>
        <translation>Vous avez saisi</translation>
    </message>
    <message>
        <source>Suggested by Partner Center</source>
        <translation>Proposée par l&apos;Espace partenaires</translation>
    </message>
    <message>
        <source>Use the suggested address</source>
        <translation>Utiliser l&apos;adresse proposée</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Checking the address with Partner Center…</source>
        <translation>Vérification de l&apos;adresse auprès de l&apos;Espace partenaires…</translation>
    </message>
    <message>
        <source>Partner Center suggests another form of this address. Which one should the customer&apos;s account use?</source>
        <translation>L&apos;Espace partenaires propose une autre forme de cette adresse. Laquelle le compte du client doit-il utiliser ?</translation>
    </message>
</context>
<context>
    <name>AdminPasswordDialog</name>
    <message>
        <source>New admin password — {company}</source>
        <translation>Nouveau mot de passe administrateur — {company}</translation>
    </message>
    <message>
        <source>Copy this temporary password now: it is shown only once. The administrator must change it at the first sign-in.</source>
        <translation>Copiez ce mot de passe temporaire maintenant : il n&apos;est affiché qu&apos;une fois. L&apos;administrateur devra le changer à la première connexion.</translation>
    </message>
    <message>
        <source>Copy pass&amp;word</source>
        <translation>Copier le mot de &amp;passe</translation>
    </message>
    <message>
        <source>Admin user name</source>
        <translation>Nom d&apos;utilisateur administrateur</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Mot de passe temporaire</translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation>&amp;Tout copier</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>Password copied.</source>
        <translation>Mot de passe copié.</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copié.</translation>
    </message>
    <message>
        <source>Microsoft did not answer in time. Try again.</source>
        <translation>Microsoft n&apos;a pas répondu à temps. Réessayez.</translation>
    </message>
    <message>
        <source>Reset admin password</source>
        <translation>Réinitialiser le mot de passe administrateur</translation>
    </message>
    <message>
        <source>The password was not reset. {problem}</source>
        <translation>Le mot de passe n&apos;a pas été réinitialisé. {problem}</translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <source>Required</source>
        <translation>Requis</translation>
    </message>
    <message>
        <source>Link sent</source>
        <translation>Lien envoyé</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Attested (before 2026)</source>
        <translation>Attesté (avant 2026)</translation>
    </message>
</context>
<context>
    <name>Agreements</name>
    <message>
        <source>Microsoft did not send a new acceptance link ({code}). Try again later.</source>
        <translation>Microsoft n&apos;a pas envoyé de nouveau lien d&apos;acceptation ({code}). Réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Backups made before each update are in {folder} (the newest: {backup}). To restore one: quit Reseller Desktop, move {file} and its -wal and -shm files elsewhere, copy the backup to {file}, then start the app again. Customers added after the backup was made must be entered again.</source>
        <translation>Des sauvegardes faites avant chaque mise à jour se trouvent dans {folder} (la plus récente&#xa0;: {backup}). Pour en restaurer une&#xa0;: quittez Reseller Desktop, déplacez {file} et ses fichiers -wal et -shm ailleurs, copiez la sauvegarde sous le nom {file}, puis relancez l&apos;application. Les clients ajoutés après la sauvegarde devront être saisis à nouveau.</translation>
    </message>
    <message>
        <source>There is no backup beside it in {folder}. Move {file} and its -wal and -shm files elsewhere to start with an empty database, or ask your IT team to salvage it (sqlite3 {file} .recover).</source>
        <translation>Aucune sauvegarde ne se trouve à côté, dans {folder}. Déplacez {file} et ses fichiers -wal et -shm ailleurs pour repartir d&apos;une base vide, ou demandez à votre service informatique de la récupérer (sqlite3 {file} .recover).</translation>
    </message>
    <message>
        <source>The customer database {path} is damaged: it cannot be read.</source>
        <translation>La base de clients {path} est endommagée&#xa0;: elle ne peut pas être lue.</translation>
    </message>
    <message>
        <source>Reseller Desktop closes now, so that nothing more is written to it.</source>
        <translation>Reseller Desktop se ferme maintenant, afin que rien de plus n&apos;y soit écrit.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full.</source>
        <translation>Le disque qui contient {folder} est plein.</translation>
    </message>
    <message>
        <source>What could not be written was not saved. Free some space, then try again.</source>
        <translation>Ce qui n&apos;a pas pu être écrit n&apos;a pas été enregistré. Libérez de la place, puis réessayez.</translation>
    </message>
    <message>
        <source>Something went wrong: an unexpected error occurred.</source>
        <translation>Un problème est survenu&#xa0;: une erreur inattendue s&apos;est produite.</translation>
    </message>
    <message>
        <source>Error: {kind}. The details were written to the log file {log}. Check that your last change was saved before going on.</source>
        <translation>Erreur&#xa0;: {kind}. Les détails ont été écrits dans le fichier journal {log}. Vérifiez que votre dernière modification a bien été enregistrée avant de continuer.</translation>
    </message>
</context>
<context>
    <name>BulkImport</name>
    <message>
        <source>The resellers could not be loaded: {reason}</source>
        <translation>Les revendeurs n&apos;ont pas pu être chargés : {reason}</translation>
    </message>
    <message>
        <source>{domain} already belongs to {company}, in the customer list.</source>
        <translation>{domain} appartient déjà à {company}, dans la liste des clients.</translation>
    </message>
    <message>
        <source>{company} at this address is already in the customer list ({domain}).</source>
        <translation>{company} à cette adresse figure déjà dans la liste des clients ({domain}).</translation>
    </message>
    <message>
        <source>{domain} is already taken at Microsoft: choose another prefix.</source>
        <translation>{domain} est déjà pris chez Microsoft : choisissez un autre préfixe.</translation>
    </message>
    <message>
        <source>Same domain prefix as line {line}: one of them must change.</source>
        <translation>Même préfixe de domaine qu&apos;à la ligne {line} : l&apos;un des deux doit changer.</translation>
    </message>
    <message>
        <source>Same company and address as line {line}: a duplicate?</source>
        <translation>Même société et même adresse qu&apos;à la ligne {line} : un doublon ?</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>Domain prefix</source>
        <translation>Préfixe de domaine</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Adresse ligne 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Adresse ligne 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>État ou province</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Numéro d&apos;immatriculation</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Culture</translation>
    </message>
    <message>
        <source>Accepted by: first name</source>
        <translation>Accepté par : prénom</translation>
    </message>
    <message>
        <source>Accepted by: last name</source>
        <translation>Accepté par : nom</translation>
    </message>
    <message>
        <source>Accepted by: email</source>
        <translation>Accepté par : e-mail</translation>
    </message>
    <message>
        <source>Accepted by: phone</source>
        <translation>Accepté par : téléphone</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Revendeur</translation>
    </message>
    <message>
        <source>Default GDAP</source>
        <translation>GDAP par défaut</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Nombre de postes</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Billing cycle</source>
        <translation>Cycle de facturation</translation>
    </message>
    <message>
        <source>Preferences say you are a direct-bill partner: only an indirect provider names a reseller. Leave this cell empty, or change Preferences.</source>
        <translation>Les Préférences indiquent que vous êtes un partenaire en facturation directe : seul un fournisseur indirect indique un revendeur. Laissez cette cellule vide, ou modifiez les Préférences.</translation>
    </message>
    <message>
        <source>Enter the reseller this customer belongs to (its name or tenant id): you create it on their behalf.</source>
        <translation>Indiquez le revendeur auquel appartient ce client (son nom ou son ID de locataire) : vous le créez en son nom.</translation>
    </message>
    <message>
        <source>Several of your resellers are named {name}: write its tenant id.</source>
        <translation>Plusieurs de vos revendeurs s&apos;appellent {name} : indiquez son ID de locataire.</translation>
    </message>
    <message>
        <source>{name} is not one of your resellers in Partner Center.</source>
        <translation>{name} ne fait pas partie de vos revendeurs dans l&apos;Espace partenaires.</translation>
    </message>
    <message>
        <source>Write yes or no (oui or non).</source>
        <translation>Écrivez oui ou non (yes ou no).</translation>
    </message>
    <message>
        <source>Enter the number of seats as a whole number.</source>
        <translation>Saisissez le nombre de postes en nombre entier.</translation>
    </message>
    <message>
        <source>This is not a CSV file (it holds binary data). In Excel, use File › Save As › CSV UTF-8 (or CSV), then import that file.</source>
        <translation>Ce n&apos;est pas un fichier CSV (il contient des données binaires). Dans Excel, utilisez Fichier › Enregistrer sous › CSV UTF-8 (ou CSV), puis importez ce fichier.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read: {reason}.</source>
        <translation>Le fichier {file} ne peut pas être lu : {reason}.</translation>
    </message>
    <message>
        <source>The file is empty. Save a template (Save a template…), fill it in and import it.</source>
        <translation>Le fichier est vide. Enregistrez un modèle (Enregistrer un modèle…), remplissez-le et importez-le.</translation>
    </message>
    <message>
        <source>Line {line} has a cell of more than {limit} characters: this is not a customer list (a quote may be missing). Fix the file and import it again.</source>
        <translation>La ligne {line} a une cellule de plus de {limit} caractères : ce n&apos;est pas une liste de clients (il manque peut-être un guillemet). Corrigez le fichier et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>The file has more than {limit} customers. One import is limited to {limit} (about an hour and a half of creation, and passwords to copy in one sitting): split the file and import each part.</source>
        <translation>Le fichier compte plus de {limit} clients. Une importation est limitée à {limit} (environ une heure et demie de création, et des mots de passe à copier en une fois) : découpez le fichier et importez chaque partie.</translation>
    </message>
    <message>
        <source>Line {line} cannot be read ({reason}). Fix it and import again.</source>
        <translation>La ligne {line} ne peut pas être lue ({reason}). Corrigez-la et importez à nouveau.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation>Le fichier est vide : il n&apos;a pas de ligne d&apos;en-têtes.</translation>
    </message>
    <message>
        <source>The file has a header line but no customers: add one customer per line under the headers.</source>
        <translation>Le fichier a une ligne d&apos;en-têtes mais aucun client : ajoutez un client par ligne sous les en-têtes.</translation>
    </message>
    <message>
        <source>Not created: {reason}. Press Create again to retry: the same request is sent, so nothing is created twice.</source>
        <translation>Non créé : {reason}. Appuyez de nouveau sur Créer pour réessayer : la même demande est envoyée, rien n&apos;est donc créé deux fois.</translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation>&amp;Importer des clients…</translation>
    </message>
    <message>
        <source>Create many customers from a spreadsheet (CSV)</source>
        <translation>Créer de nombreux clients à partir d&apos;un tableur (CSV)</translation>
    </message>
    <message>
        <source>Save an import &amp;template…</source>
        <translation>Enregistrer un &amp;modèle d&apos;importation…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Needs fixing</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Already created</source>
        <translation>Déjà créé</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Résultat inconnu</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Admin user</source>
        <translation>Utilisateur administrateur</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Mot de passe temporaire</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} caractères</translation>
    </message>
    <message>
        <source>(lost: reset it)</source>
        <translation>(perdu : réinitialisez-le)</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importer des clients</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation>Enregistrer un modèle</translation>
    </message>
    <message>
        <source>customers-template.csv</source>
        <translation>modele-clients.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The template could not be saved to {file}.</source>
        <translation>Le modèle n&apos;a pas pu être enregistré dans {file}.</translation>
    </message>
    <message>
        <source>Reason: {reason}.</source>
        <translation>Raison : {reason}.</translation>
    </message>
</context>
<context>
    <name>CancelSubscription</name>
    <message>
        <source>Cancel subscription</source>
        <translation>Annuler l&apos;abonnement</translation>
    </message>
    <message>
        <source>Seats can still be added. To stop paying for it, turn off its renewal in Partner Center before the end of the term.</source>
        <translation>Vous pouvez encore ajouter des postes. Pour ne plus le payer, désactivez son renouvellement dans l&apos;Espace partenaires avant la fin de la durée d&apos;engagement.</translation>
    </message>
    <message>
        <source>Cancel the subscription {offer}?</source>
        <translation>Annuler l&apos;abonnement {offer} ?</translation>
    </message>
    <message>
        <source>Cancel the &amp;subscription</source>
        <translation>Annuler l&apos;a&amp;bonnement</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>Le &amp;conserver</translation>
    </message>
    <message>
        <source>Seats: {seats}. The customer loses these licences at once, and Microsoft refunds the unused part of the term. This cannot be undone. Possible until {deadline}.</source>
        <translation>Postes : {seats}. Le client perd ces licences immédiatement, et Microsoft rembourse la part non utilisée de la durée d&apos;engagement. Cette action est irréversible. Possible jusqu&apos;au {deadline}.</translation>
    </message>
    <message>
        <source>Microsoft or the database did not answer in time: the subscription may or may not be cancelled. Its status shows the outcome once they answer.</source>
        <translation>Microsoft ou la base de données n&apos;a pas répondu à temps : l&apos;abonnement est peut-être annulé, peut-être pas. Son statut indiquera le résultat dès leur réponse.</translation>
    </message>
    <message>
        <source>The subscription could not be cancelled because of an unexpected error.</source>
        <translation>L&apos;abonnement n&apos;a pas pu être annulé à cause d&apos;une erreur inattendue.</translation>
    </message>
    <message>
        <source>Nothing was changed here. Try again. Error: {kind}</source>
        <translation>Rien n&apos;a été modifié ici. Réessayez. Erreur : {kind}</translation>
    </message>
</context>
<context>
    <name>ChangeSeatsDialog</name>
    <message>
        <source>You can remove seats until {deadline} (7 days after the purchase or the last increase), down to {minimum}.</source>
        <translation>Vous pouvez retirer des postes jusqu&apos;au {deadline} (7 jours après l&apos;achat ou la dernière augmentation), sans descendre en dessous de {minimum}.</translation>
    </message>
    <message>
        <source>The 7 days for removing seats ended on {deadline}: you can only add seats.</source>
        <translation>Le délai de 7 jours pour retirer des postes a pris fin le {deadline}&#xa0;: vous pouvez seulement ajouter des postes.</translation>
    </message>
    <message>
        <source>Seats across this customer&apos;s {family} plans are limited to {cap}; its other plans use {used}.</source>
        <translation>Les postes de l&apos;ensemble des forfaits {family} de ce client sont limités à {cap}&#xa0;; ses autres forfaits en utilisent {used}.</translation>
    </message>
    <message>
        <source>Not known for this offer</source>
        <translation>Inconnu pour cette offre</translation>
    </message>
    <message>
        <source>{total} a month ({seats} × {price}); currently {current}</source>
        <translation>{total} par mois ({seats} × {price}) ; actuellement {current}</translation>
    </message>
    <message>
        <source>Change seats</source>
        <translation>Modifier les postes</translation>
    </message>
    <message>
        <source>Current seats:</source>
        <translation>Postes actuels&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New number of seats:</source>
        <translation>&amp;Nouveau nombre de postes&#xa0;:</translation>
    </message>
    <message>
        <source>New monthly total:</source>
        <translation>Nouveau total mensuel :</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Match the columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <source>Some columns of the file were not recognised. Choose what each one holds, or Ignore it. Columns the import needs are listed below until a column fills them.</source>
        <translation>Certaines colonnes du fichier n&apos;ont pas été reconnues. Choisissez ce que chacune contient, ou Ignorer. Les colonnes nécessaires à l&apos;importation sont listées ci-dessous tant qu&apos;aucune colonne ne les remplit.</translation>
    </message>
    <message>
        <source>— Ignore —</source>
        <translation>— Ignorer —</translation>
    </message>
    <message>
        <source>(column {number}, no header)</source>
        <translation>(colonne {number}, sans en-tête)</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Missing: {columns}. Rows without them cannot be created until you fill them in the table.</source>
        <translation>Manquant : {columns}. Les lignes sans ces valeurs ne peuvent pas être créées tant que vous ne les remplissez pas dans le tableau.</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <source>&amp;Reset admin password</source>
        <translation>&amp;Réinitialiser le mot de passe administrateur</translation>
    </message>
    <message>
        <source>Ask Microsoft for a new temporary password (the lost one stops working).</source>
        <translation>Demander à Microsoft un nouveau mot de passe temporaire (celui qui a été perdu cesse de fonctionner).</translation>
    </message>
    <message>
        <source>Microsoft created the customer, but your customer list could not record it yet: it is added as soon as the database answers.</source>
        <translation>Microsoft a créé le client, mais votre liste de clients n&apos;a pas encore pu l&apos;enregistrer : il y sera ajouté dès que la base de données répondra.</translation>
    </message>
    <message>
        <source>The first order waits until the customer accepts the Microsoft Customer Agreement: send them the acceptance link. The order is then placed automatically.</source>
        <translation>La première commande attend que le client accepte le Contrat client Microsoft : envoyez-lui le lien d&apos;acceptation. La commande est ensuite passée automatiquement.</translation>
    </message>
    <message>
        <source>Waiting for the agreement</source>
        <translation>En attente du contrat</translation>
    </message>
    <message>
        <source>Default relationship requested</source>
        <translation>Relation par défaut demandée</translation>
    </message>
    <message>
        <source>No default relationship</source>
        <translation>Pas de relation par défaut</translation>
    </message>
    <message>
        <source>Admin relationship “{template}”: {status}</source>
        <translation>Relation d&apos;administration « {template} » : {status}</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>Non reçu</translation>
    </message>
    <message>
        <source>Microsoft&apos;s answer with the temporary password was lost on the way, so it was never shown. Reset it to get a new one: the lost one stops working.</source>
        <translation>La réponse de Microsoft contenant le mot de passe temporaire a été perdue en chemin : il n&apos;a donc jamais été affiché. Réinitialisez-le pour en obtenir un nouveau : celui qui a été perdu cesse de fonctionner.</translation>
    </message>
    <message>
        <source>Shown once</source>
        <translation>Affiché une fois</translation>
    </message>
    <message>
        <source>The temporary password was shown when this customer was created. If it was lost, reset it.</source>
        <translation>Le mot de passe temporaire a été affiché à la création de ce client. S&apos;il a été perdu, réinitialisez-le.</translation>
    </message>
    <message>
        <source>Resetting…</source>
        <translation>Réinitialisation…</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copié.</translation>
    </message>
    <message>
        <source>Password copied.</source>
        <translation>Mot de passe copié.</translation>
    </message>
    <message>
        <source>Acceptance link copied.</source>
        <translation>Lien d&apos;acceptation copié.</translation>
    </message>
    <message>
        <source>Approval link copied.</source>
        <translation>Lien d&apos;approbation copié.</translation>
    </message>
    <message>
        <source>The clipboard will be cleared in {seconds} seconds.</source>
        <translation>Le presse-papiers sera vidé dans {seconds} secondes.</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>The customer was created. Copy this information for your records.</source>
        <translation>Le client a été créé. Copiez ces informations pour vos dossiers.</translation>
    </message>
    <message>
        <source>The temporary password will not be shown again. Copy it now and keep it until the customer&apos;s administrator has signed in.</source>
        <translation>Le mot de passe temporaire ne sera plus affiché. Copiez-le maintenant et conservez-le jusqu&apos;à ce que l&apos;administrateur du client se soit connecté.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Admin user name</source>
        <translation>Nom d&apos;utilisateur admin</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Mot de passe temporaire</translation>
    </message>
    <message>
        <source>Copy pass&amp;word</source>
        <translation>Copier le mot de &amp;passe</translation>
    </message>
    <message>
        <source>Customer agreement</source>
        <translation>Contrat client</translation>
    </message>
    <message>
        <source>Acceptance link</source>
        <translation>Lien d&apos;acceptation</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>Copier le &amp;lien</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Revendeur</translation>
    </message>
    <message>
        <source>GDAP</source>
        <translation>GDAP</translation>
    </message>
    <message>
        <source>Approval link</source>
        <translation>Lien d&apos;approbation</translation>
    </message>
    <message>
        <source>Copy appro&amp;val link</source>
        <translation>Copier le lien d&apos;appro&amp;bation</translation>
    </message>
    <message>
        <source>Subscription ID</source>
        <translation>ID d&apos;abonnement</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID de commande</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation>Tout &amp;copier</translation>
    </message>
    <message>
        <source>The customer is in your customer list now, marked Pending. Microsoft 365 can take several minutes to finish setting it up.</source>
        <translation>Le client figure désormais dans votre liste de clients, avec le statut En attente. Microsoft 365 peut mettre plusieurs minutes à terminer sa configuration.</translation>
    </message>
</context>
<context>
    <name>CountryFields</name>
    <message>
        <source>Type to search</source>
        <translation>Tapez pour rechercher</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
</context>
<context>
    <name>CustomerDetails</name>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID de commande</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>CustomerDetailsDialog</name>
    <message>
        <source>Reset admin &amp;password…</source>
        <translation>Réinitialiser le mot de &amp;passe administrateur…</translation>
    </message>
    <message>
        <source>The database does not answer: what is shown may be out of date.</source>
        <translation>La base de données ne répond pas : ce qui est affiché n&apos;est peut-être plus à jour.</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>Ce client n&apos;existe plus.</translation>
    </message>
    <message>
        <source>{company} — Customer details</source>
        <translation>{company} — Détails du client</translation>
    </message>
    <message>
        <source>Waiting for agreement</source>
        <translation>En attente du contrat</translation>
    </message>
    <message>
        <source>The first order waits until the customer accepts the Microsoft Customer Agreement ({agreement}): see the Agreement and GDAP tab.</source>
        <translation>La première commande attend que le client accepte le Contrat client Microsoft ({agreement})&#xa0;: voir l&apos;onglet Contrat et GDAP.</translation>
    </message>
    <message>
        <source>{status}: {explanation}</source>
        <translation>{status}&#xa0;: {explanation}</translation>
    </message>
    <message>
        <source>{status} — the first order waits until it is accepted</source>
        <translation>{status} — la première commande attend son acceptation</translation>
    </message>
    <message>
        <source>The link works until {time}.</source>
        <translation>Le lien est valable jusqu&apos;au {time}.</translation>
    </message>
    <message>
        <source>Attested on {date}</source>
        <translation>Attesté le {date}</translation>
    </message>
    <message>
        <source>Not attested</source>
        <translation>Non attesté</translation>
    </message>
    <message>
        <source>None (direct customer)</source>
        <translation>Aucun (client direct)</translation>
    </message>
    <message>
        <source>Default relationship requested</source>
        <translation>Relation par défaut demandée</translation>
    </message>
    <message>
        <source>No default relationship</source>
        <translation>Pas de relation par défaut</translation>
    </message>
    <message>
        <source>Admin relationship “{template}”: {status}</source>
        <translation>Relation d&apos;administration « {template} » : {status}</translation>
    </message>
    <message>
        <source>Acceptance link copied.</source>
        <translation>Lien d&apos;acceptation copié.</translation>
    </message>
    <message>
        <source>Approval link copied.</source>
        <translation>Lien d&apos;approbation copié.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>A new acceptance link was sent: copy it and send it to the customer.</source>
        <translation>Un nouveau lien d&apos;acceptation a été créé : copiez-le et envoyez-le au client.</translation>
    </message>
    <message>
        <source>Send a &amp;new link</source>
        <translation>Envoyer un &amp;nouveau lien</translation>
    </message>
    <message>
        <source>Retry the provisioning before changing subscriptions.</source>
        <translation>Réessayez le provisionnement avant de modifier les abonnements.</translation>
    </message>
    <message>
        <source>Seats can be added at any time, and removed within 7 days of the purchase or the last increase.</source>
        <translation>Des postes peuvent être ajoutés à tout moment, et retirés dans les 7 jours suivant l&apos;achat ou la dernière augmentation.</translation>
    </message>
    <message>
        <source>Partner Center did not answer: try again.</source>
        <translation>L&apos;Espace partenaires n&apos;a pas répondu : réessayez.</translation>
    </message>
    <message>
        <source>Reset admin password</source>
        <translation>Réinitialiser le mot de passe administrateur</translation>
    </message>
    <message>
        <source>Give {user} a new temporary password?</source>
        <translation>Donner un nouveau mot de passe temporaire à {user} ?</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The current password stops working. The new one is shown once, to copy.</source>
        <translation>Le mot de passe actuel cesse de fonctionner. Le nouveau est affiché une seule fois, pour être copié.</translation>
    </message>
    <message>
        <source>Resetting…</source>
        <translation>Réinitialisation…</translation>
    </message>
    <message>
        <source>Edit &amp;details…</source>
        <translation>Modifier les &amp;coordonnées…</translation>
    </message>
    <message>
        <source>Cance&amp;l subscription…</source>
        <translation>Annu&amp;ler l&apos;abonnement…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>Détails du client</translation>
    </message>
    <message>
        <source>&amp;Retry provisioning</source>
        <translation>&amp;Réessayer le provisionnement</translation>
    </message>
    <message>
        <source>&amp;Information</source>
        <translation>&amp;Informations</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domaine&#xa0;:</translation>
    </message>
    <message>
        <source>Admin user:</source>
        <translation>Utilisateur admin&#xa0;:</translation>
    </message>
    <message>
        <source>Country/region:</source>
        <translation>Pays/région&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Registration no.:</source>
        <translation>N° d&apos;immatriculation&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Contact principal</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Adresse e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Agreement and &amp;GDAP</source>
        <translation>Contrat et &amp;GDAP</translation>
    </message>
    <message>
        <source>Agreement and partner relationship</source>
        <translation>Contrat et relation partenaire</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Acceptance link:</source>
        <translation>Lien d&apos;acceptation :</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>Copier le &amp;lien</translation>
    </message>
    <message>
        <source>Accepts:</source>
        <translation>Accepte :</translation>
    </message>
    <message>
        <source>Reseller:</source>
        <translation>Revendeur :</translation>
    </message>
    <message>
        <source>GDAP:</source>
        <translation>GDAP :</translation>
    </message>
    <message>
        <source>Approval link:</source>
        <translation>Lien d&apos;approbation :</translation>
    </message>
    <message>
        <source>Copy appro&amp;val link</source>
        <translation>Copier le lien d&apos;appro&amp;bation</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créé le&#xa0;:</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>Créé par&#xa0;:</translation>
    </message>
    <message>
        <source>Customer ID:</source>
        <translation>ID client&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Subscriptions</source>
        <translation>A&amp;bonnements</translation>
    </message>
    <message>
        <source>Change s&amp;eats…</source>
        <translation>Modifier les &amp;postes…</translation>
    </message>
    <message>
        <source>&amp;Add subscription…</source>
        <translation>&amp;Ajouter un abonnement…</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
</context>
<context>
    <name>CustomerEdits</name>
    <message>
        <source>Someone else changed this customer&apos;s details meanwhile. Close this window and open it again to see their changes, then edit again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié les coordonnées de ce client entre-temps. Fermez cette fenêtre et rouvrez-la pour voir ses modifications, puis modifiez à nouveau.</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>Ce client n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Microsoft did not answer ({reason}). Nothing was saved: try again.</source>
        <translation>Microsoft n&apos;a pas répondu ({reason}). Rien n&apos;a été enregistré : réessayez.</translation>
    </message>
    <message>
        <source>Microsoft refused the new details: {description} (code {code}).</source>
        <translation>Microsoft a refusé les nouvelles coordonnées : {description} (code {code}).</translation>
    </message>
    <message>
        <source>The details could not be saved because the database is unavailable ({reason}). Nothing was written: check the connection and try again.</source>
        <translation>Les coordonnées n&apos;ont pas pu être enregistrées car la base de données est indisponible ({reason}). Rien n&apos;a été écrit : vérifiez la connexion et réessayez.</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>{domain} is already taken: choose another prefix.</source>
        <translation>{domain} est déjà pris&#xa0;: choisissez un autre préfixe.</translation>
    </message>
    <message>
        <source>Still to complete or correct: {fields}.</source>
        <translation>Champs à compléter ou à corriger&#xa0;: {fields}.</translation>
    </message>
    <message>
        <source>Customer information</source>
        <translation>Informations du client</translation>
    </message>
    <message>
        <source>Fields marked with a red asterisk (*) are required.</source>
        <translation>Les champs marqués d&apos;un astérisque rouge (*) sont obligatoires.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>&amp;Company name</source>
        <translation>&amp;Raison sociale</translation>
    </message>
    <message>
        <source>&amp;Domain prefix</source>
        <translation>Préfixe de &amp;domaine</translation>
    </message>
    <message>
        <source>contoso</source>
        <translation>contoso</translation>
    </message>
    <message>
        <source>C&amp;ountry/region</source>
        <translation>Pa&amp;ys/région</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Registration n&amp;umber</source>
        <translation>Numéro d&apos;&amp;immatriculation</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address line &amp;1</source>
        <translation>Adresse (ligne &amp;1)</translation>
    </message>
    <message>
        <source>Address line &amp;2</source>
        <translation>Adresse (ligne &amp;2)</translation>
    </message>
    <message>
        <source>Cit&amp;y</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <source>&amp;State/province</source>
        <translation>État/pr&amp;ovince</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>&amp;Code postal</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Contact principal</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>Adresse &amp;e-mail</translation>
    </message>
    <message>
        <source>name@contoso.com</source>
        <translation>nom@contoso.com</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Télép&amp;hone</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>Contrat client Microsoft</translation>
    </message>
    <message>
        <source>Since 5 January 2026 the customer accepts the agreement themselves. After creation you get an acceptance link to send to the person below (they can also accept in their Microsoft 365 admin center); the first order waits until they accept.</source>
        <translation>Depuis le 5 janvier 2026, le client accepte lui-même le contrat. Après la création, vous obtenez un lien d&apos;acceptation à envoyer à la personne ci-dessous (elle peut aussi accepter dans son centre d&apos;administration Microsoft 365) ; la première commande attend son acceptation.</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Accepté par</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Partner relationship</source>
        <translation>Relation partenaire</translation>
    </message>
    <message>
        <source>&amp;Reseller</source>
        <translation>Revende&amp;ur</translation>
    </message>
    <message>
        <source>GDAP</source>
        <translation>GDAP</translation>
    </message>
    <message>
        <source>Default GD&amp;AP relationship</source>
        <translation>Relation GD&amp;AP par défaut</translation>
    </message>
    <message>
        <source>Partner Center gives you delegated admin rights with common support roles as soon as the customer is created.</source>
        <translation>L&apos;Espace partenaires vous donne des droits d&apos;administration délégués avec les rôles de support courants dès la création du client.</translation>
    </message>
    <message>
        <source>Re&amp;quest an admin relationship</source>
        <translation>Demander une rela&amp;tion d&apos;administration</translation>
    </message>
    <message>
        <source>Role &amp;template</source>
        <translation>&amp;Modèle de rôles</translation>
    </message>
    <message>
        <source>Include Pri&amp;vileged Authentication Administrator</source>
        <translation>Inclure Administrateur d&apos;authenti&amp;fication privilégié</translation>
    </message>
    <message>
        <source>Same as pr&amp;imary contact</source>
        <translation>Identi&amp;que au contact principal</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Revendeur</translation>
    </message>
    <message>
        <source>Waiting for agreement</source>
        <translation>En attente du contrat</translation>
    </message>
    <message>
        <source>The first order waits until the customer accepts the Microsoft Customer Agreement ({status}). Open the details to copy or renew the link.</source>
        <translation>La première commande attend que le client accepte le Contrat client Microsoft ({status}). Ouvrez les détails pour copier ou renouveler le lien.</translation>
    </message>
</context>
<context>
    <name>DataLocationsDialog</name>
    <message>
        <source>{file} (backups made before each update lie beside it)</source>
        <translation>{file} (les sauvegardes faites avant chaque mise à jour sont à côté)</translation>
    </message>
    <message>
        <source>{file} (shipped with the app)</source>
        <translation>{file} (fourni avec l&apos;application)</translation>
    </message>
    <message>
        <source>None: this session writes no log file</source>
        <translation>Aucun : cette session n&apos;écrit pas de fichier journal</translation>
    </message>
    <message>
        <source>{folder} (a partner&apos;s own offers.json goes here)</source>
        <translation>{folder} (le fichier offers.json propre au partenaire va ici)</translation>
    </message>
    <message>
        <source>&amp;Open the data folder</source>
        <translation>&amp;Ouvrir le dossier de données</translation>
    </message>
    <message>
        <source>Where data lives</source>
        <translation>Emplacement des données</translation>
    </message>
    <message>
        <source>Where Reseller Desktop keeps what it writes on this computer. Back up the data folder; the log file helps when something goes wrong.</source>
        <translation>Où Reseller Desktop conserve ce qu&apos;il écrit sur cet ordinateur. Sauvegardez le dossier de données ; le fichier journal aide en cas de problème.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier de données :</translation>
    </message>
    <message>
        <source>Customer database:</source>
        <translation>Base de données clients :</translation>
    </message>
    <message>
        <source>Unfinished customers (drafts):</source>
        <translation>Clients inachevés (brouillons) :</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Fichier journal :</translation>
    </message>
    <message>
        <source>Configuration folder:</source>
        <translation>Dossier de configuration :</translation>
    </message>
    <message>
        <source>Offer catalog:</source>
        <translation>Catalogue d&apos;offres :</translation>
    </message>
    <message>
        <source>Preferences file:</source>
        <translation>Fichier des préférences :</translation>
    </message>
</context>
<context>
    <name>DeviceCodeDialog</name>
    <message>
        <source>Sign in to Partner Center</source>
        <translation>Se connecter à l&apos;Espace partenaires</translation>
    </message>
    <message>
        <source>On this computer or another device, open {page} and enter this code, then sign in with your partner account:</source>
        <translation>Sur cet ordinateur ou un autre appareil, ouvrez {page} et saisissez ce code, puis connectez-vous avec votre compte partenaire :</translation>
    </message>
    <message>
        <source>The code expires in {minutes} minutes. This window closes by itself once you are signed in.</source>
        <translation>Le code expire dans {minutes} minutes. Cette fenêtre se ferme d&apos;elle-même une fois la connexion faite.</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>&amp;Copier le code</translation>
    </message>
    <message>
        <source>&amp;Open page</source>
        <translation>&amp;Ouvrir la page</translation>
    </message>
    <message>
        <source>Code copied.</source>
        <translation>Code copié.</translation>
    </message>
</context>
<context>
    <name>EditCustomerDialog</name>
    <message>
        <source>{company} — Edit details</source>
        <translation>{company} — Modifier les coordonnées</translation>
    </message>
    <message>
        <source>Change the company and contact details. Microsoft is told of the new details, and the customer&apos;s history keeps the old ones.</source>
        <translation>Modifiez les coordonnées de la société et du contact. Microsoft reçoit les nouvelles coordonnées, et l&apos;historique du client conserve les anciennes.</translation>
    </message>
    <message>
        <source>The domain and the country cannot change: the domain names the customer&apos;s Microsoft tenant.</source>
        <translation>Le domaine et le pays ne peuvent pas changer : le domaine désigne le locataire Microsoft du client.</translation>
    </message>
    <message>
        <source>Microsoft or the database did not answer in time. Save again: the same details are simply sent again.</source>
        <translation>Microsoft ou la base de données n&apos;a pas répondu à temps. Enregistrez à nouveau : les mêmes coordonnées sont simplement renvoyées.</translation>
    </message>
    <message>
        <source>Edit customer details</source>
        <translation>Modifier les coordonnées du client</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>&amp;Nom de la société :</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domaine :</translation>
    </message>
    <message>
        <source>Country/region:</source>
        <translation>Pays/région :</translation>
    </message>
    <message>
        <source>Address line &amp;1:</source>
        <translation>Ligne d&apos;adresse &amp;1 :</translation>
    </message>
    <message>
        <source>Address line &amp;2:</source>
        <translation>Ligne d&apos;adresse &amp;2 :</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>S&amp;tate/province:</source>
        <translation>É&amp;tat/province :</translation>
    </message>
    <message>
        <source>P&amp;ostal code:</source>
        <translation>C&amp;ode postal :</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Contact principal</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>Nom de &amp;famille :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
</context>
<context>
    <name>EmptyListHint</name>
    <message>
        <source>No customer matches</source>
        <translation>Aucun client ne correspond</translation>
    </message>
    <message>
        <source>No customers yet. Add customer to start.</source>
        <translation>Aucun client pour l&apos;instant. Commencez par Ajouter un client.</translation>
    </message>
    <message>
        <source>No customers yet. Add customer ({shortcut})</source>
        <translation>Aucun client pour l&apos;instant. Ajouter un client ({shortcut})</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Status details</source>
        <translation>Détail du statut</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Customer agreement</source>
        <translation>Contrat client</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Revendeur</translation>
    </message>
    <message>
        <source>Default GDAP</source>
        <translation>GDAP par défaut</translation>
    </message>
    <message>
        <source>GDAP admin relationship</source>
        <translation>Relation d&apos;administration GDAP</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>customers-{date}.csv</source>
        <translation>clients-{date}.csv</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Exporter les clients</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The database does not answer ({reason}): nothing was exported. Try again when it is back.</source>
        <translation>La base de données ne répond pas ({reason}) : rien n&apos;a été exporté. Réessayez quand elle sera de retour.</translation>
    </message>
    <message>
        <source>Exporting {count} customers…</source>
        <translation>Exportation de {count} clients…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Exported {count} customers to {file}.</source>
        <translation>{count} clients exportés dans {file}.</translation>
    </message>
    <message>
        <source>The customers could not be exported to {file}.</source>
        <translation>Les clients n&apos;ont pas pu être exportés dans {file}.</translation>
    </message>
    <message>
        <source>Reason: {reason}. Choose another folder or free some space.</source>
        <translation>Motif&#xa0;: {reason}. Choisissez un autre dossier ou libérez de l&apos;espace.</translation>
    </message>
</context>
<context>
    <name>FieldNames</name>
    <message>
        <source>Company name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>Domain prefix</source>
        <translation>Préfixe de domaine</translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation>Pays/région</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Adresse (ligne 1)</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Adresse (ligne 2)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>State/province</source>
        <translation>État/province</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Numéro d&apos;immatriculation</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Agreement accepted</source>
        <translation>Acceptation du contrat</translation>
    </message>
    <message>
        <source>Acceptance date</source>
        <translation>Date d&apos;acceptation</translation>
    </message>
    <message>
        <source>Signer&apos;s first name</source>
        <translation>Prénom du signataire</translation>
    </message>
    <message>
        <source>Signer&apos;s last name</source>
        <translation>Nom du signataire</translation>
    </message>
    <message>
        <source>Signer&apos;s e-mail</source>
        <translation>Adresse e-mail du signataire</translation>
    </message>
    <message>
        <source>Signer&apos;s phone</source>
        <translation>Téléphone du signataire</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Revendeur</translation>
    </message>
    <message>
        <source>Default GDAP relationship</source>
        <translation>Relation GDAP par défaut</translation>
    </message>
    <message>
        <source>Role template</source>
        <translation>Modèle de rôles</translation>
    </message>
    <message>
        <source>Admin roles</source>
        <translation>Rôles d&apos;administration</translation>
    </message>
    <message>
        <source>Relationship duration</source>
        <translation>Durée de la relation</translation>
    </message>
    <message>
        <source>Auto-extend</source>
        <translation>Prolongation automatique</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Number of seats</source>
        <translation>Nombre de postes</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Durée d&apos;engagement</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Fréquence de facturation</translation>
    </message>
</context>
<context>
    <name>Gdap</name>
    <message>
        <source>Enter a duration from P1D (one day) to P2Y (two years), such as P1Y.</source>
        <translation>Saisissez une durée de P1D (un jour) à P2Y (deux ans), par exemple P1Y.</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Donnez un nom au modèle.</translation>
    </message>
    <message>
        <source>Unknown Entra role: {role}.</source>
        <translation>Rôle Entra inconnu : {role}.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Choisissez au moins un rôle.</translation>
    </message>
    <message>
        <source>Approval pending</source>
        <translation>Approbation en attente</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>None requested</source>
        <translation>Aucune demandée</translation>
    </message>
</context>
<context>
    <name>GdapTemplates</name>
    <message>
        <source>GDAP role templates</source>
        <translation>Modèles de rôles GDAP</translation>
    </message>
    <message>
        <source>Extend automatically by 180 days</source>
        <translation>Prolonger automatiquement de 180 jours</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Entra roles</source>
        <translation>Rôles Entra</translation>
    </message>
    <message>
        <source>&amp;Duration (P1D to P2Y)</source>
        <translation>&amp;Durée (P1D à P2Y)</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>Open the selected customer&apos;s details (in the list)</source>
        <translation>Ouvrir les détails du client sélectionné (dans la liste)</translation>
    </message>
    <message>
        <source>Go from the search box to the list</source>
        <translation>Passer de la zone de recherche à la liste</translation>
    </message>
    <message>
        <source>The last customer of the list, at once (End too, in the list)</source>
        <translation>Le dernier client de la liste, directement (Fin aussi, dans la liste)</translation>
    </message>
    <message>
        <source>The first customer of the list (Home too, in the list)</source>
        <translation>Le premier client de la liste (Début aussi, dans la liste)</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Microsoft (simulated)</source>
        <translation>Microsoft (simulé)</translation>
    </message>
    <message>
        <source>Agreement acceptance link sent to the customer</source>
        <translation>Lien d&apos;acceptation du contrat envoyé au client</translation>
    </message>
    <message>
        <source>Agreement not accepted yet: the first order waits (no link sent yet)</source>
        <translation>Contrat pas encore accepté : la première commande attend (aucun lien envoyé pour l&apos;instant)</translation>
    </message>
    <message>
        <source>The customer accepted the Microsoft Customer Agreement</source>
        <translation>Le client a accepté le Contrat client Microsoft</translation>
    </message>
    <message>
        <source>The acceptance link expired before the customer accepted</source>
        <translation>Le lien d&apos;acceptation a expiré avant l&apos;acceptation du client</translation>
    </message>
    <message>
        <source>GDAP admin relationship requested ({template}): {roles}</source>
        <translation>Relation d&apos;administration GDAP demandée ({template}) : {roles}</translation>
    </message>
    <message>
        <source>The customer approved the GDAP admin relationship</source>
        <translation>Le client a approuvé la relation d&apos;administration GDAP</translation>
    </message>
    <message>
        <source>The GDAP admin relationship expired</source>
        <translation>La relation d&apos;administration GDAP a expiré</translation>
    </message>
    <message>
        <source>Admin password reset ({user})</source>
        <translation>Mot de passe administrateur réinitialisé ({user})</translation>
    </message>
    <message>
        <source>Customer created ({domain})</source>
        <translation>Client créé ({domain})</translation>
    </message>
    <message>
        <source>for {reseller}</source>
        <translation>pour {reseller}</translation>
    </message>
    <message>
        <source>Subscription bought: {offer}, {seats} seats, {term}, {billing}</source>
        <translation>Abonnement acheté&#xa0;: {offer}, {seats} postes, {term}, {billing}</translation>
    </message>
    <message>
        <source>Microsoft started provisioning the tenant</source>
        <translation>Microsoft a commencé le provisionnement du locataire</translation>
    </message>
    <message>
        <source>Tenant provisioned: the customer is active</source>
        <translation>Locataire provisionné&#xa0;: le client est actif</translation>
    </message>
    <message>
        <source>Provisioning failed: {reason}</source>
        <translation>Échec du provisionnement&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Provisioning retried</source>
        <translation>Provisionnement relancé</translation>
    </message>
    <message>
        <source>Subscription active: {offer}</source>
        <translation>Abonnement actif&#xa0;: {offer}</translation>
    </message>
    <message>
        <source>Seats of {offer} changed from {old} to {new}</source>
        <translation>Postes de {offer} passés de {old} à {new}</translation>
    </message>
    <message>
        <source>{field}: “{old}” → “{new}”</source>
        <translation>{field} : « {old} » → « {new} »</translation>
    </message>
    <message>
        <source>Details changed: {changes}</source>
        <translation>Coordonnées modifiées : {changes}</translation>
    </message>
    <message>
        <source>Subscription cancelled: {offer}, {seats} seats</source>
        <translation>Abonnement annulé : {offer}, {seats} postes</translation>
    </message>
</context>
<context>
    <name>ImportTable</name>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>ImportWindow</name>
    <message>
        <source>Import customers</source>
        <translation>Importer des clients</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>Save a &amp;template…</source>
        <translation>Enregistrer un &amp;modèle…</translation>
    </message>
    <message>
        <source>Up to {limit} customers per file (one sitting; split bigger files). Nothing is created until you press Create.</source>
        <translation>Jusqu&apos;à {limit} clients par fichier (en une séance ; découpez les fichiers plus grands). Rien n&apos;est créé avant que vous n&apos;appuyiez sur Créer.</translation>
    </message>
    <message>
        <source>Only rows with pro&amp;blems</source>
        <translation>Seulement les lignes à pro&amp;blèmes</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Copy all cre&amp;dentials</source>
        <translation>Copier tous les &amp;identifiants</translation>
    </message>
    <message>
        <source>&amp;Reset admin password</source>
        <translation>&amp;Réinitialiser le mot de passe administrateur</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>&amp;Exporter les résultats…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>File: {file}</source>
        <translation>Fichier : {file}</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}.</source>
        <translation>Le fichier n&apos;a pas pu être lu : {reason}.</translation>
    </message>
    <message>
        <source>Nothing was created.</source>
        <translation>Rien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>Match the file&apos;s columns to continue.</source>
        <translation>Associez les colonnes du fichier pour continuer.</translation>
    </message>
    <message>
        <source>Columns not matched: nothing was imported or created.</source>
        <translation>Colonnes non associées : rien n&apos;a été importé ni créé.</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <source>Fix the rows marked in red (double-click or type in a cell); each edit is checked at once. Then press Create.</source>
        <translation>Corrigez les lignes marquées en rouge (double-cliquez ou tapez dans une cellule) ; chaque modification est vérifiée aussitôt. Appuyez ensuite sur Créer.</translation>
    </message>
    <message>
        <source>The rows could not be checked ({reason}). Open the file again.</source>
        <translation>Les lignes n&apos;ont pas pu être vérifiées ({reason}). Ouvrez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>1 ready</source>
        <translation>1 prêt</translation>
    </message>
    <message>
        <source>{n} ready</source>
        <translation>{n} prêts</translation>
    </message>
    <message>
        <source>1 needs fixing</source>
        <translation>1 à corriger</translation>
    </message>
    <message>
        <source>{n} need fixing</source>
        <translation>{n} à corriger</translation>
    </message>
    <message>
        <source>1 duplicate</source>
        <translation>1 doublon</translation>
    </message>
    <message>
        <source>{n} duplicates</source>
        <translation>{n} doublons</translation>
    </message>
    <message>
        <source>1 already created</source>
        <translation>1 déjà créé</translation>
    </message>
    <message>
        <source>{n} already created</source>
        <translation>{n} déjà créés</translation>
    </message>
    <message>
        <source>1 created</source>
        <translation>1 créé</translation>
    </message>
    <message>
        <source>{n} created</source>
        <translation>{n} créés</translation>
    </message>
    <message>
        <source>1 failed</source>
        <translation>1 en échec</translation>
    </message>
    <message>
        <source>{n} failed</source>
        <translation>{n} en échec</translation>
    </message>
    <message>
        <source>1 outcome unknown</source>
        <translation>1 résultat inconnu</translation>
    </message>
    <message>
        <source>{n} outcome unknown</source>
        <translation>{n} résultats inconnus</translation>
    </message>
    <message>
        <source>1 being checked</source>
        <translation>1 en cours de vérification</translation>
    </message>
    <message>
        <source>{n} being checked</source>
        <translation>{n} en cours de vérification</translation>
    </message>
    <message>
        <source>&amp;Create 1 customer</source>
        <translation>&amp;Créer 1 client</translation>
    </message>
    <message>
        <source>&amp;Create {count} customers</source>
        <translation>&amp;Créer {count} clients</translation>
    </message>
    <message>
        <source>&amp;Create customers</source>
        <translation>&amp;Créer les clients</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Re&amp;prendre</translation>
    </message>
    <message>
        <source>The file changed on disk since it was loaded.</source>
        <translation>Le fichier a changé sur le disque depuis son chargement.</translation>
    </message>
    <message>
        <source>Create from the &amp;table</source>
        <translation>Créer à partir du &amp;tableau</translation>
    </message>
    <message>
        <source>&amp;Reload the file</source>
        <translation>&amp;Recharger le fichier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The table shows the file as it was loaded, with your edits. Reloading reads the new version (your edits in the table are lost).</source>
        <translation>Le tableau montre le fichier tel qu&apos;il a été chargé, avec vos modifications. Recharger lit la nouvelle version (vos modifications dans le tableau sont perdues).</translation>
    </message>
    <message>
        <source>estimating the time left…</source>
        <translation>estimation du temps restant…</translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <translation>environ {seconds} s restantes</translation>
    </message>
    <message>
        <source>about {minutes} min left</source>
        <translation>environ {minutes} min restantes</translation>
    </message>
    <message>
        <source>Created {done} of {total}: {left}</source>
        <translation>{done} sur {total} créés : {left}</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(en pause)</translation>
    </message>
    <message>
        <source>Microsoft asks to slow down: going on in {seconds} s.</source>
        <translation>Microsoft demande de ralentir : reprise dans {seconds} s.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Reprise.</translation>
    </message>
    <message>
        <source>Pausing after the customer being created… Press Resume to go on.</source>
        <translation>Pause après le client en cours de création… Appuyez sur Reprendre pour continuer.</translation>
    </message>
    <message>
        <source>Stopping after the customer being created…</source>
        <translation>Arrêt après le client en cours de création…</translation>
    </message>
    <message>
        <source>Stopped after {done} of {total}. The customers created so far are safe; press Create to go on, or import the same file later: created rows show Already created.</source>
        <translation>Arrêté après {done} sur {total}. Les clients déjà créés sont conservés ; appuyez sur Créer pour continuer, ou importez le même fichier plus tard : les lignes créées indiquent Déjà créé.</translation>
    </message>
    <message>
        <source>Done: {created} created, {failed} failed.</source>
        <translation>Terminé : {created} créés, {failed} en échec.</translation>
    </message>
    <message>
        <source>Copy the credentials now: the passwords are not shown again.</source>
        <translation>Copiez les identifiants maintenant : les mots de passe ne seront plus affichés.</translation>
    </message>
    <message>
        <source>Copied the credentials of {count} customers (tab-separated: paste them into a spreadsheet). The clipboard is cleared after a while.</source>
        <translation>Identifiants de {count} clients copiés (séparés par des tabulations : collez-les dans un tableur). Le presse-papiers est vidé après un moment.</translation>
    </message>
    <message>
        <source>New temporary password for line {line}: copy it now.</source>
        <translation>Nouveau mot de passe temporaire pour la ligne {line} : copiez-le maintenant.</translation>
    </message>
    <message>
        <source>import-results-{date}.csv</source>
        <translation>resultats-importation-{date}.csv</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Admin user</source>
        <translation>Utilisateur administrateur</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>The results could not be saved to {file}.</source>
        <translation>Les résultats n&apos;ont pas pu être enregistrés dans {file}.</translation>
    </message>
    <message>
        <source>Reason: {reason}.</source>
        <translation>Raison : {reason}.</translation>
    </message>
    <message>
        <source>Results saved to {file} (without the passwords).</source>
        <translation>Résultats enregistrés dans {file} (sans les mots de passe).</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcuts</name>
    <message>
        <source>Open the {menu} menu</source>
        <translation>Ouvrir le menu {menu}</translation>
    </message>
    <message>
        <source>Go to {field}</source>
        <translation>Aller à {field}</translation>
    </message>
    <message>
        <source>The highlighted button (Next, Submit or Done)</source>
        <translation>Le bouton mis en évidence (Suivant, Envoyer ou Terminé)</translation>
    </message>
    <message>
        <source>Cancel (asks first when something was entered)</source>
        <translation>Annuler (demande d&apos;abord confirmation si quelque chose a été saisi)</translation>
    </message>
    <message>
        <source>{wizard}: {page}</source>
        <translation>{wizard} : {page}</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every key of the customer list and of the Add customer wizard. On a page of the wizard, Alt with the underlined letter of a field&apos;s name goes to that field.</source>
        <translation>Toutes les touches de la liste des clients et de l&apos;assistant Ajouter un client. Sur une page de l&apos;assistant, Alt avec la lettre soulignée du nom d&apos;un champ mène à ce champ.</translation>
    </message>
</context>
<context>
    <name>ListFilters</name>
    <message>
        <source>Waiting for agreement</source>
        <translation>En attente du contrat</translation>
    </message>
    <message>
        <source>Rese&amp;ller:</source>
        <translation>&amp;Revendeur :</translation>
    </message>
    <message>
        <source>All resellers</source>
        <translation>Tous les revendeurs</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <source>The database stopped a request that took too long. It still answers: try again, or narrow the search.</source>
        <translation>La base de données a arrêté une requête trop longue. Elle répond toujours : réessayez, ou affinez la recherche.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Customer management</source>
        <translation>Gestion des clients</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Company, domain, contact or e-mail</source>
        <translation>Société, domaine, contact ou e-mail</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Détails…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Add customer…</source>
        <translation>&amp;Ajouter un client…</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Customer &amp;details…</source>
        <translation>&amp;Détails du client…</translation>
    </message>
    <message>
        <source>&amp;Retry provisioning</source>
        <translation>Réessayer le &amp;provisionnement</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exporter au format CSV…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Where data lives</source>
        <translation>&amp;Emplacement des données</translation>
    </message>
    <message>
        <source>&amp;About Reseller Desktop</source>
        <translation>À &amp;propos de Reseller Desktop</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulateur</translation>
    </message>
    <message>
        <source>Customers are created in the built-in Partner Center simulator, not at Microsoft: no real tenant is created.</source>
        <translation>Les clients sont créés dans le simulateur de l&apos;Espace partenaires intégré, pas chez Microsoft : aucun vrai locataire n&apos;est créé.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <source>Customers: {count}</source>
        <translation>Clients&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Matches: {count}+</source>
        <translation>Résultats&#xa0;: {count}+</translation>
    </message>
    <message>
        <source>Matches: {count}</source>
        <translation>Résultats&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Partner Center did not answer: try again.</source>
        <translation>L&apos;Espace partenaires n&apos;a pas répondu : réessayez.</translation>
    </message>
    <message>
        <source>Provisioning restarted.</source>
        <translation>Provisionnement relancé.</translation>
    </message>
    <message>
        <source>{company} is now active in Microsoft 365.</source>
        <translation>Le client {company} est maintenant actif dans Microsoft 365.</translation>
    </message>
    <message>
        <source>Customer active</source>
        <translation>Client actif</translation>
    </message>
    <message>
        <source>Provisioning {company} failed: open its details to retry.</source>
        <translation>Le provisionnement de {company} a échoué&#xa0;: ouvrez ses détails pour réessayer.</translation>
    </message>
</context>
<context>
    <name>OfferPage</name>
    <message>
        <source>{offer} — {price} per user/month</source>
        <translation>{offer} — {price} par utilisateur/mois</translation>
    </message>
    <message>
        <source>Select an offer…</source>
        <translation>Sélectionner une offre…</translation>
    </message>
    <message>
        <source>Select an offer to see how many seats it allows.</source>
        <translation>Sélectionnez une offre pour voir le nombre de postes autorisés.</translation>
    </message>
    <message>
        <source>{minimum} to {maximum} seats.</source>
        <translation>De {minimum} à {maximum} postes.</translation>
    </message>
    <message>
        <source>Business plans are limited to {cap} seats per customer, across all their Business subscriptions.</source>
        <translation>Les forfaits Business sont limités à {cap} postes par client, tous abonnements Business confondus.</translation>
    </message>
    <message>
        <source>Plans of this family are limited to {cap} seats per customer in total.</source>
        <translation>Les forfaits de cette famille sont limités à {cap} postes au total par client.</translation>
    </message>
    <message>
        <source>Not known for this offer</source>
        <translation>Non disponible pour cette offre</translation>
    </message>
    <message>
        <source>{total} ({seats} × {price} per user/month)</source>
        <translation>{total} ({seats} × {price} par utilisateur/mois)</translation>
    </message>
    <message>
        <source>Choose an offer from the list.</source>
        <translation>Choisissez une offre dans la liste.</translation>
    </message>
    <message>
        <source>Choose a term for this offer.</source>
        <translation>Choisissez une durée d&apos;engagement pour cette offre.</translation>
    </message>
    <message>
        <source>Choose how often the customer is billed.</source>
        <translation>Choisissez la fréquence de facturation du client.</translation>
    </message>
    <message>
        <source>Still to complete: {fields}.</source>
        <translation>Champs à compléter&#xa0;: {fields}.</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Select the customer&apos;s first subscription. You can add more subscriptions once the customer exists.</source>
        <translation>Sélectionnez le premier abonnement du client. Vous pourrez ajouter d&apos;autres abonnements une fois le client créé.</translation>
    </message>
    <message>
        <source>Select &amp;offer</source>
        <translation>Sélectionner une &amp;offre</translation>
    </message>
    <message>
        <source>&amp;Term</source>
        <translation>&amp;Durée d&apos;engagement</translation>
    </message>
    <message>
        <source>B&amp;illing</source>
        <translation>&amp;Fréquence de facturation</translation>
    </message>
    <message>
        <source>Number of &amp;seats</source>
        <translation>&amp;Nombre de postes</translation>
    </message>
    <message>
        <source>Estimated monthly total</source>
        <translation>Total mensuel estimé</translation>
    </message>
    <message>
        <source>Indicative list prices in US dollars, before taxes.</source>
        <translation>Prix catalogue indicatifs en dollars US, hors taxes.</translation>
    </message>
</context>
<context>
    <name>OfflineIndicator</name>
    <message>
        <source>Offline — reconnecting…</source>
        <translation>Hors ligne — reconnexion…</translation>
    </message>
    <message>
        <source>The database does not answer. The app keeps trying to reconnect and catches up by itself when it is back; everything saved so far is safe. New customers cannot be created until then.</source>
        <translation>La base de données ne répond pas. L&apos;application tente de se reconnecter et se remet à jour d&apos;elle-même dès son retour&#xa0;; tout ce qui a été enregistré est en sécurité. Aucun nouveau client ne peut être créé d&apos;ici là.</translation>
    </message>
    <message>
        <source>Last error: {reason}</source>
        <translation>Dernière erreur&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>Onboarding</name>
    <message>
        <source>The domain {domain} is already taken. Choose another domain prefix.</source>
        <translation>Le domaine {domain} est déjà pris. Choisissez un autre préfixe de domaine.</translation>
    </message>
    <message>
        <source>This prefix is already taken: choose another one.</source>
        <translation>Ce préfixe est déjà pris&#xa0;: choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The domain {domain} was just taken by a customer saved at the same moment. Nothing was written: choose another domain prefix and submit again.</source>
        <translation>Le domaine {domain} vient d&apos;être pris par un client enregistré au même moment. Rien n&apos;a été enregistré&#xa0;: choisissez un autre préfixe de domaine et envoyez de nouveau.</translation>
    </message>
    <message>
        <source>This prefix was just taken: choose another one.</source>
        <translation>Ce préfixe vient d&apos;être pris&#xa0;: choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The customer could not be saved because the database is unavailable ({reason}). Nothing was sent to Microsoft: check the connection and submit again.</source>
        <translation>Le client n&apos;a pas pu être enregistré car la base de données est indisponible ({reason}). Rien n&apos;a été envoyé à Microsoft : vérifiez la connexion et envoyez à nouveau.</translation>
    </message>
    <message>
        <source>Outcome unknown: Microsoft did not confirm whether the customer was created. Checking again with the same request, so nothing is created twice.</source>
        <translation>Résultat inconnu : Microsoft n&apos;a pas confirmé si le client a été créé. Nouvelle vérification avec la même demande, pour que rien ne soit créé deux fois.</translation>
    </message>
    <message>
        <source>Microsoft refused the request: {description} (code {code}).</source>
        <translation>Microsoft a refusé la demande : {description} (code {code}).</translation>
    </message>
    <message>
        <source>The request id is not valid (it must be a UUID such as {example}). Start a new customer to get a new one.</source>
        <translation>L&apos;identifiant de demande n&apos;est pas valide (il doit s&apos;agir d&apos;un UUID comme {example}). Commencez un nouveau client pour en obtenir un nouveau.</translation>
    </message>
    <message>
        <source>Not a valid request id.</source>
        <translation>Identifiant de demande non valide.</translation>
    </message>
    <message>
        <source>Some entries need fixing before the customer can be created.</source>
        <translation>Certaines saisies doivent être corrigées avant de pouvoir créer le client.</translation>
    </message>
    <message>
        <source>The customer was created, but Microsoft did not confirm the order yet. It is checked again automatically.</source>
        <translation>Le client a été créé, mais Microsoft n&apos;a pas encore confirmé la commande. Elle est vérifiée à nouveau automatiquement.</translation>
    </message>
    <message>
        <source>Microsoft is busy and asked to wait {seconds} s. Nothing was created: submit again in a moment.</source>
        <translation>Microsoft est occupé et a demandé d&apos;attendre {seconds} s. Rien n&apos;a été créé : envoyez à nouveau dans un instant.</translation>
    </message>
    <message>
        <source>Microsoft did not confirm the reset: reset the password again.</source>
        <translation>Microsoft n&apos;a pas confirmé la réinitialisation : réinitialisez à nouveau le mot de passe.</translation>
    </message>
</context>
<context>
    <name>PartnerCenter</name>
    <message>
        <source>Microsoft requires the organization registration number in this country: enter it.</source>
        <translation>Microsoft exige le numéro d&apos;immatriculation de l&apos;organisation dans ce pays : saisissez-le.</translation>
    </message>
    <message>
        <source>Microsoft did not accept this registration number: check it against the company&apos;s official registration.</source>
        <translation>Microsoft n&apos;a pas accepté ce numéro d&apos;immatriculation : vérifiez-le d&apos;après l&apos;immatriculation officielle de l&apos;entreprise.</translation>
    </message>
    <message>
        <source>A registration number is not accepted for this country: leave it empty.</source>
        <translation>Un numéro d&apos;immatriculation n&apos;est pas accepté pour ce pays : laissez-le vide.</translation>
    </message>
    <message>
        <source>Microsoft requires a phone number in this country: enter one.</source>
        <translation>Microsoft exige un numéro de téléphone dans ce pays : saisissez-en un.</translation>
    </message>
    <message>
        <source>This number of seats is outside the offer&apos;s range: choose another.</source>
        <translation>Ce nombre de postes est hors des limites de l&apos;offre : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Too many seats for this offer (Business offers allow 300 in all): lower the number.</source>
        <translation>Trop de postes pour cette offre (les offres Business en autorisent 300 au total) : réduisez le nombre.</translation>
    </message>
    <message>
        <source>This offer is not sold in the customer&apos;s country: choose another.</source>
        <translation>Cette offre n&apos;est pas vendue dans le pays du client : choisissez-en une autre.</translation>
    </message>
    <message>
        <source>Microsoft is reviewing this new customer: purchases and seat increases wait until the review ends.</source>
        <translation>Microsoft examine ce nouveau client : les achats et les ajouts de postes attendent la fin de l&apos;examen.</translation>
    </message>
    <message>
        <source>The customer has not accepted the Microsoft Customer Agreement yet: send the acceptance link, then order again once it is accepted.</source>
        <translation>Le client n&apos;a pas encore accepté le Contrat client Microsoft : envoyez le lien d&apos;acceptation, puis commandez de nouveau une fois le contrat accepté.</translation>
    </message>
    <message>
        <source>This domain prefix is already taken: choose another one.</source>
        <translation>Ce préfixe de domaine est déjà pris : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Partner Center no longer accepts your sign-in: sign in again, then retry. Nothing was lost.</source>
        <translation>L&apos;Espace partenaires n&apos;accepte plus votre connexion : reconnectez-vous, puis réessayez. Rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <source>Microsoft could not verify this address: check the street and postal code.</source>
        <translation>Microsoft n&apos;a pas pu vérifier cette adresse : vérifiez la rue et le code postal.</translation>
    </message>
    <message>
        <source>Microsoft refused the request: {description} (code {code}). Quote the correlation id {correlation_id} to Microsoft support.</source>
        <translation>Microsoft a refusé la demande : {description} (code {code}). Indiquez l&apos;identifiant de corrélation {correlation_id} au support Microsoft.</translation>
    </message>
</context>
<context>
    <name>PartnerCenterBadge</name>
    <message>
        <source>Customers are created at Microsoft, in the partner account signed in.</source>
        <translation>Les clients sont créés chez Microsoft, dans le compte partenaire connecté.</translation>
    </message>
    <message>
        <source>Partner Center — {account}</source>
        <translation>Espace partenaires — {account}</translation>
    </message>
    <message>
        <source>Partner Center — not signed in</source>
        <translation>Espace partenaires — non connecté</translation>
    </message>
    <message>
        <source>Partner Center</source>
        <translation>Espace partenaires</translation>
    </message>
</context>
<context>
    <name>PartnerFields</name>
    <message>
        <source>Loading resellers…</source>
        <translation>Chargement des revendeurs…</translation>
    </message>
    <message>
        <source>Choose a reseller</source>
        <translation>Choisissez un revendeur</translation>
    </message>
    <message>
        <source>Partner Center lists no reseller.</source>
        <translation>L&apos;Espace partenaires ne liste aucun revendeur.</translation>
    </message>
    <message>
        <source>The resellers could not be loaded: {reason}</source>
        <translation>Les revendeurs n&apos;ont pas pu être chargés : {reason}</translation>
    </message>
    <message>
        <source>Choose the reseller this customer belongs to (you create it on their behalf).</source>
        <translation>Choisissez le revendeur de ce client (vous le créez pour son compte).</translation>
    </message>
    <message>
        <source>{roles}. Duration {duration}{extend}.</source>
        <translation>{roles}. Durée {duration}{extend}.</translation>
    </message>
    <message>
        <source>, extended automatically</source>
        <translation>, prolongée automatiquement</translation>
    </message>
    <message>
        <source>Leave out Privileged Authentication Administrator?</source>
        <translation>Exclure Administrateur d&apos;authentification privilégié ?</translation>
    </message>
    <message>
        <source>Without Privileged Authentication Administrator you cannot reset the password of a customer&apos;s admin who is locked out, and adding the role later needs a new approval by the customer.</source>
        <translation>Sans Administrateur d&apos;authentification privilégié, vous ne pourrez pas réinitialiser le mot de passe d&apos;un administrateur du client bloqué, et ajouter ce rôle plus tard demandera une nouvelle approbation du client.</translation>
    </message>
    <message>
        <source>Keep the role</source>
        <translation>Garder le rôle</translation>
    </message>
    <message>
        <source>Leave it out</source>
        <translation>L&apos;exclure</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Simulator (no real tenant is created)</source>
        <translation>Simulateur (aucun locataire réel n&apos;est créé)</translation>
    </message>
    <message>
        <source>Partner Center</source>
        <translation>Espace partenaires</translation>
    </message>
    <message>
        <source>Direct-bill partner</source>
        <translation>Partenaire en facturation directe</translation>
    </message>
    <message>
        <source>Indirect provider (customers of my resellers)</source>
        <translation>Fournisseur indirect (clients de mes revendeurs)</translation>
    </message>
    <message>
        <source>Enter the address of Partner Center, starting with https:// (default: {url}), without a user name or password.</source>
        <translation>Saisissez l&apos;adresse de l&apos;Espace partenaires, commençant par https:// (par défaut : {url}), sans nom d&apos;utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>Enter the tenant id of your partner account.</source>
        <translation>Saisissez l&apos;ID de locataire de votre compte partenaire.</translation>
    </message>
    <message>
        <source>Enter the client id of your Entra app.</source>
        <translation>Saisissez l&apos;ID client de votre application Entra.</translation>
    </message>
    <message>
        <source>Enter an address that starts with postgresql:// (or sqlite:/// for a file), or leave the field empty.</source>
        <translation>Entrez une adresse commençant par postgresql:// (ou sqlite:/// pour un fichier), ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>Remove the password from the address: put it in your .pgpass file or the PGPASSWORD variable instead, so it is not stored in the settings.</source>
        <translation>Retirez le mot de passe de l&apos;adresse&#xa0;: placez-le plutôt dans votre fichier .pgpass ou dans la variable PGPASSWORD, afin qu&apos;il ne soit pas stocké dans les paramètres.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Clear &amp;copied password after:</source>
        <translation>Effacer le mot de passe &amp;copié après&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Shared &amp;database:</source>
        <translation>&amp;Base de données partagée&#xa0;:</translation>
    </message>
    <message>
        <source>postgresql://user@server:5432/customers</source>
        <translation>postgresql://user@server:5432/customers</translation>
    </message>
    <message>
        <source>Leave empty to keep the customers in a file on this computer. Do not put a password in the address: it is read from your .pgpass file or the PGPASSWORD variable.</source>
        <translation>Laissez vide pour conserver les clients dans un fichier sur cet ordinateur. N&apos;indiquez pas de mot de passe dans l&apos;adresse&#xa0;: il est lu dans votre fichier .pgpass ou dans la variable PGPASSWORD.</translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Tenant id:</source>
        <translation>ID de &amp;locataire :</translation>
    </message>
    <message>
        <source>Your partner tenant: contoso-partner.onmicrosoft.com or its id</source>
        <translation>Votre locataire partenaire : contoso-partner.onmicrosoft.com ou son ID</translation>
    </message>
    <message>
        <source>C&amp;lient id:</source>
        <translation>ID &amp;client :</translation>
    </message>
    <message>
        <source>The application (client) id of your Entra app</source>
        <translation>L&apos;ID d&apos;application (client) de votre application Entra</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Connecté en tant que :</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Votre organisation</translation>
    </message>
    <message>
        <source>&amp;Partner type:</source>
        <translation>Type de &amp;partenaire :</translation>
    </message>
    <message>
        <source>Your organisation&apos;s do&amp;mains:</source>
        <translation>Do&amp;maines de votre organisation :</translation>
    </message>
    <message>
        <source>contoso.com, contoso.fr</source>
        <translation>contoso.com, contoso.fr</translation>
    </message>
    <message>
        <source>GDAP role templates:</source>
        <translation>Modèles de rôles GDAP :</translation>
    </message>
    <message>
        <source>&amp;Edit templates…</source>
        <translation>&amp;Modifier les modèles…</translation>
    </message>
    <message>
        <source>Language, database and Partner Center backend changes apply the next time the app starts.</source>
        <translation>Les changements de langue, de base de données et de service Espace partenaires s&apos;appliquent au prochain démarrage de l&apos;application.</translation>
    </message>
</context>
<context>
    <name>PrefixChecker</name>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Déjà pris</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Non valide</translation>
    </message>
    <message>
        <source>Cannot check now</source>
        <translation>Vérification impossible</translation>
    </message>
    <message>
        <source>Domain availability: {status}</source>
        <translation>Disponibilité du domaine&#xa0;: {status}</translation>
    </message>
</context>
<context>
    <name>Provisioning</name>
    <message>
        <source>Microsoft&apos;s compliance review did not approve the customer. Check the company name and address, then retry.</source>
        <translation>L&apos;examen de conformité de Microsoft n&apos;a pas approuvé le client. Vérifiez la raison sociale et l&apos;adresse, puis réessayez.</translation>
    </message>
    <message>
        <source>Creating the Microsoft Entra directory timed out on Microsoft&apos;s side. Retry.</source>
        <translation>La création de l&apos;annuaire Microsoft Entra a expiré côté Microsoft. Réessayez.</translation>
    </message>
    <message>
        <source>The billing profile could not be created. Check the customer&apos;s address, then retry.</source>
        <translation>Le profil de facturation n&apos;a pas pu être créé. Vérifiez l&apos;adresse du client, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Edit the customer information</source>
        <translation>Modifier les informations du client</translation>
    </message>
    <message>
        <source>Edit the offer</source>
        <translation>Modifier l&apos;offre</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Default relationship requested</source>
        <translation>Relation par défaut demandée</translation>
    </message>
    <message>
        <source>No default relationship</source>
        <translation>Pas de relation par défaut</translation>
    </message>
    <message>
        <source>Admin relationship “{template}”: {roles} ({duration})</source>
        <translation>Relation d&apos;administration « {template} » : {roles} ({duration})</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Revendeur</translation>
    </message>
    <message>
        <source>GDAP</source>
        <translation>GDAP</translation>
    </message>
    <message>
        <source>The customer accepts it after creation; the first order waits until then</source>
        <translation>Le client l&apos;accepte après la création ; la première commande attend jusque-là</translation>
    </message>
    <message>
        <source>Acceptance link for</source>
        <translation>Lien d&apos;acceptation pour</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Contact principal</translation>
    </message>
    <message>
        <source>Customer agreement</source>
        <translation>Contrat client</translation>
    </message>
    <message>
        <source>Estimated monthly total</source>
        <translation>Total mensuel estimé</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Non disponible</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>Check the customer you are about to create. To change something, use Edit or Previous.</source>
        <translation>Vérifiez le client que vous allez créer. Pour changer un élément, utilisez Modifier ou Précédent.</translation>
    </message>
    <message>
        <source>Customer information</source>
        <translation>Informations du client</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Edi&amp;t</source>
        <translation>Modi&amp;fier</translation>
    </message>
    <message>
        <source>Submit creates the customer&apos;s Microsoft 365 account. The domain cannot be changed or reused afterwards.</source>
        <translation>Le bouton Envoyer crée le compte Microsoft 365 du client. Le domaine ne pourra ensuite être ni modifié ni réutilisé.</translation>
    </message>
</context>
<context>
    <name>SeatRules</name>
    <message>
        <source>Enter a number different from the current {current} seats.</source>
        <translation>Entrez un nombre différent du nombre actuel ({current} postes).</translation>
    </message>
    <message>
        <source>Enter {minimum} or more: this offer cannot have fewer seats.</source>
        <translation>Entrez {minimum} ou plus&#xa0;: cette offre ne peut pas avoir moins de postes.</translation>
    </message>
    <message>
        <source>Seats can be removed only within 7 days of the purchase or the last increase, and that period ended on {deadline}. Keep at least {current} seats; you can still add seats.</source>
        <translation>Les postes ne peuvent être retirés que dans les 7 jours suivant l&apos;achat ou la dernière augmentation, et ce délai a pris fin le {deadline}. Conservez au moins {current} postes&#xa0;; vous pouvez toujours en ajouter.</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Enter the tenant id and the client id of your Entra app.</source>
        <translation>Saisissez l&apos;ID de locataire et l&apos;ID client de votre application Entra.</translation>
    </message>
    <message>
        <source>Signing in needs MSAL: install the app with the partner-center extra (pip install &apos;reseller-desktop[partner-center]&apos;).</source>
        <translation>La connexion nécessite MSAL : installez l&apos;application avec l&apos;extra partner-center (pip install &apos;reseller-desktop[partner-center]&apos;).</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>This computer has no secret store (such as the keyring): the sign-in is kept in memory only, and asked again at each start.</source>
        <translation>Cet ordinateur n&apos;a pas de coffre de secrets (comme le trousseau) : la connexion est gardée en mémoire seulement, et redemandée à chaque démarrage.</translation>
    </message>
    <message>
        <source>Signing in… finish in the browser window that opens.</source>
        <translation>Connexion… terminez dans la fenêtre du navigateur qui s&apos;ouvre.</translation>
    </message>
    <message>
        <source>Waiting for the code to be entered…</source>
        <translation>En attente de la saisie du code…</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Connexion annulée.</translation>
    </message>
    <message>
        <source>Microsoft refused the sign-in: {description} ({code})</source>
        <translation>Microsoft a refusé la connexion : {description} ({code})</translation>
    </message>
    <message>
        <source>Microsoft&apos;s sign-in service could not be reached ({kind}): check the connection, then try again.</source>
        <translation>Le service de connexion de Microsoft est injoignable ({kind}) : vérifiez la connexion, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Provisionnement</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Microsoft has not started provisioning the tenant yet.</source>
        <translation>Microsoft n&apos;a pas encore commencé le provisionnement du locataire.</translation>
    </message>
    <message>
        <source>Microsoft is provisioning the tenant; this takes several minutes.</source>
        <translation>Microsoft provisionne le locataire&#xa0;; cela prend plusieurs minutes.</translation>
    </message>
    <message>
        <source>The tenant is ready to use.</source>
        <translation>Le locataire est prêt à être utilisé.</translation>
    </message>
    <message>
        <source>Provisioning failed: retry it.</source>
        <translation>Le provisionnement a échoué&#xa0;: réessayez.</translation>
    </message>
</context>
<context>
    <name>Subscriptions</name>
    <message>
        <source>A subscription can be cancelled only within 7 days of its purchase, and that period ended on {deadline}. It stays active until the end of its term.</source>
        <translation>Un abonnement ne peut être annulé que dans les 7 jours suivant son achat, et ce délai a pris fin le {deadline}. Il reste actif jusqu&apos;à la fin de sa durée d&apos;engagement.</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>Ce client n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The customer&apos;s tenant could not be provisioned, so nothing can be bought for it yet. Retry the provisioning first.</source>
        <translation>Le locataire du client n&apos;a pas pu être provisionné&#xa0;: aucun achat n&apos;est encore possible pour ce client. Réessayez d&apos;abord le provisionnement.</translation>
    </message>
    <message>
        <source>Choose an offer from the list.</source>
        <translation>Choisissez une offre dans la liste.</translation>
    </message>
    <message>
        <source>Choose one of this offer&apos;s terms: {terms}.</source>
        <translation>Choisissez l&apos;une des durées d&apos;engagement de cette offre&#xa0;: {terms}.</translation>
    </message>
    <message>
        <source>Choose one of the billing cycles of this term: {cycles}.</source>
        <translation>Choisissez l&apos;une des fréquences de facturation de cette durée d&apos;engagement&#xa0;: {cycles}.</translation>
    </message>
    <message>
        <source>This subscription no longer exists.</source>
        <translation>Cet abonnement n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This offer is no longer in the offer catalog, so its seats cannot be changed here. Change them in Partner Center.</source>
        <translation>Cette offre ne figure plus dans le catalogue des offres&#xa0;: ses postes ne peuvent donc pas être modifiés ici. Modifiez-les dans l&apos;Espace partenaires.</translation>
    </message>
    <message>
        <source>Microsoft did not answer ({reason}). Try again: the same purchase is never made twice.</source>
        <translation>Microsoft n&apos;a pas répondu ({reason}). Réessayez : le même achat n&apos;est jamais effectué deux fois.</translation>
    </message>
    <message>
        <source>Microsoft refused the change: {description} (code {code}).</source>
        <translation>Microsoft a refusé la modification : {description} (code {code}).</translation>
    </message>
    <message>
        <source>This subscription is cancelled: it can no longer be changed.</source>
        <translation>Cet abonnement est annulé : il ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>The change could not be saved because the database is unavailable ({reason}). Nothing was written: check the connection and try again.</source>
        <translation>La modification n&apos;a pas pu être enregistrée, car la base de données est indisponible ({reason}). Rien n&apos;a été enregistré&#xa0;: vérifiez la connexion et réessayez.</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mois</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>3 years</source>
        <translation>3 ans</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Annuelle</translation>
    </message>
    <message>
        <source>Every 3 years</source>
        <translation>Triennale</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Billed {amount} once a year, in advance.</source>
        <translation>Facturé {amount} une fois par an, d&apos;avance.</translation>
    </message>
    <message>
        <source>Billed {amount} once every 3 years, in advance.</source>
        <translation>Facturé {amount} une fois tous les 3 ans, d&apos;avance.</translation>
    </message>
    <message>
        <source>Billed every month.</source>
        <translation>Facturé chaque mois.</translation>
    </message>
    <message>
        <source>Microsoft or the database did not answer in time. Try again: the same purchase is never made twice.</source>
        <translation>Microsoft ou la base de données n&apos;a pas répondu à temps. Réessayez : le même achat n&apos;est jamais effectué deux fois.</translation>
    </message>
</context>
<context>
    <name>UpgradeWindow</name>
    <message>
        <source>building the search index</source>
        <translation>construction de l&apos;index de recherche</translation>
    </message>
    <message>
        <source>building the indexes of the list</source>
        <translation>construction des index de la liste</translation>
    </message>
    <message>
        <source>updating the tables</source>
        <translation>mise à jour des tables</translation>
    </message>
    <message>
        <source>Elapsed time: {s} s</source>
        <translation>Temps écoulé&#xa0;: {s} s</translation>
    </message>
    <message>
        <source>Elapsed time: {m} min {s:02d} s</source>
        <translation>Temps écoulé&#xa0;: {m} min {s:02d} s</translation>
    </message>
    <message>
        <source>copying the database aside, as a backup</source>
        <translation>copie de la base à côté, en sauvegarde</translation>
    </message>
    <message>
        <source>waiting for another desktop that is updating this database</source>
        <translation>attente d&apos;un autre poste qui met à jour cette base</translation>
    </message>
    <message>
        <source>Updating your customer database</source>
        <translation>Mise à jour de votre base de clients</translation>
    </message>
    <message>
        <source>This database was written by an earlier version of Reseller Desktop and is being brought up to date. A large one can take several minutes. Each step is saved as soon as it is done.</source>
        <translation>Cette base a été écrite par une version antérieure de Reseller Desktop et elle est mise à jour. Pour une grande base, cela peut prendre plusieurs minutes. Chaque étape est enregistrée dès qu&apos;elle est terminée.</translation>
    </message>
    <message>
        <source>&amp;Stop and quit</source>
        <translation>&amp;Arrêter et quitter</translation>
    </message>
    <message>
        <source>Step {step} of {steps}: {what}</source>
        <translation>Étape {step} sur {steps}&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Before the update: {what}</source>
        <translation>Avant la mise à jour&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Stop the update and quit?</source>
        <translation>Arrêter la mise à jour et quitter&#xa0;?</translation>
    </message>
    <message>
        <source>Stop and quit</source>
        <translation>Arrêter et quitter</translation>
    </message>
    <message>
        <source>Continue the update</source>
        <translation>Poursuivre la mise à jour</translation>
    </message>
    <message>
        <source>The steps already done are kept; the step under way starts again, and the update goes on the next time Reseller Desktop starts.</source>
        <translation>Les étapes déjà faites sont conservées&#xa0;; l&apos;étape en cours sera reprise au début, et la mise à jour se poursuivra au prochain démarrage de Reseller Desktop.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter text in this field.</source>
        <translation>Renseignez ce champ.</translation>
    </message>
    <message>
        <source>Remove the line breaks, tabs or other invisible control characters (they are often pasted by accident).</source>
        <translation>Supprimez les sauts de ligne, tabulations ou autres caractères de contrôle invisibles (ils sont souvent collés par erreur).</translation>
    </message>
    <message>
        <source>Remove the hidden text-direction characters (such as a right-to-left override): they make the text read differently from what it is. Retype the text instead of pasting it.</source>
        <translation>Supprimez les caractères invisibles de sens d&apos;écriture (comme un forçage de droite à gauche)&#xa0;: ils font lire le texte autrement qu&apos;il n&apos;est écrit. Retapez le texte au lieu de le coller.</translation>
    </message>
    <message>
        <source>This contains only invisible characters (such as zero-width spaces or accents without a letter): delete them and type the text itself.</source>
        <translation>Ce champ ne contient que des caractères invisibles (comme des espaces sans chasse ou des accents sans lettre)&#xa0;: supprimez-les et tapez le texte lui-même.</translation>
    </message>
    <message>
        <source>Shorten this to {maximum} characters at most (it has {length}).</source>
        <translation>Raccourcissez cette valeur à {maximum} caractères au maximum (elle en compte {length}).</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s exact legal company name.</source>
        <translation>Entrez la raison sociale exacte du client.</translation>
    </message>
    <message>
        <source>Enter a domain prefix: letters and digits only, 27 at most (it becomes &lt;prefix&gt;.onmicrosoft.com).</source>
        <translation>Entrez un préfixe de domaine&#xa0;: lettres et chiffres uniquement, 27 au maximum (il devient &lt;préfixe&gt;.onmicrosoft.com).</translation>
    </message>
    <message>
        <source>Enter only the part before .onmicrosoft.com (letters and digits).</source>
        <translation>Entrez uniquement la partie située avant .onmicrosoft.com (lettres et chiffres).</translation>
    </message>
    <message>
        <source>Shorten the domain prefix to 27 characters at most (it has {length}).</source>
        <translation>Raccourcissez le préfixe de domaine à 27 caractères au maximum (il en compte {length}).</translation>
    </message>
    <message>
        <source>Use only letters and digits (no spaces, dots, hyphens or accents), 27 at most.</source>
        <translation>Utilisez uniquement des lettres et des chiffres (sans espaces, points, traits d&apos;union ni accents), 27 au maximum.</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s country or region.</source>
        <translation>Choisissez le pays ou la région du client.</translation>
    </message>
    <message>
        <source>Use GB for the United Kingdom.</source>
        <translation>Utilisez GB pour le Royaume-Uni.</translation>
    </message>
    <message>
        <source>Use the two-letter country code {code}.</source>
        <translation>Utilisez le code pays à deux lettres {code}.</translation>
    </message>
    <message>
        <source>Choose a country from the list (two-letter ISO codes such as FR, GB or US).</source>
        <translation>Choisissez un pays dans la liste (codes ISO à deux lettres, comme FR, GB ou US).</translation>
    </message>
    <message>
        <source>Enter the street address.</source>
        <translation>Entrez l&apos;adresse (numéro et voie).</translation>
    </message>
    <message>
        <source>Enter the city.</source>
        <translation>Entrez la ville.</translation>
    </message>
    <message>
        <source>Choose the state, province or region from the list.</source>
        <translation>Choisissez l&apos;État, la province ou la région dans la liste.</translation>
    </message>
    <message>
        <source>Enter the state, province or region.</source>
        <translation>Entrez l&apos;État, la province ou la région.</translation>
    </message>
    <message>
        <source>Choose a state, province or region of this country from the list; its code (such as {code}) or its name (such as {name}) is accepted.</source>
        <translation>Choisissez dans la liste un État, une province ou une région de ce pays&#xa0;; son code (par exemple {code}) ou son nom (par exemple {name}) est accepté.</translation>
    </message>
    <message>
        <source>Enter the postal code, for example {example}.</source>
        <translation>Entrez le code postal, par exemple {example}.</translation>
    </message>
    <message>
        <source>Enter the postal code.</source>
        <translation>Entrez le code postal.</translation>
    </message>
    <message>
        <source>Enter a postal code of the chosen state or province, for example {example}.</source>
        <translation>Entrez un code postal de l&apos;État ou de la province choisis, par exemple {example}.</translation>
    </message>
    <message>
        <source>Enter a postal code in this country&apos;s format, for example {example}.</source>
        <translation>Entrez un code postal au format de ce pays, par exemple {example}.</translation>
    </message>
    <message>
        <source>Enter a postal code in this country&apos;s format: Partner Center refuses this one.</source>
        <translation>Entrez un code postal au format de ce pays : l&apos;Espace partenaires refuse celui-ci.</translation>
    </message>
    <message>
        <source>Enter a valid email address such as name@contoso.com: one @, no spaces, and a real domain ending such as .com or .fr.</source>
        <translation>Entrez une adresse e-mail valide, comme nom@contoso.com&#xa0;: un seul @, aucun espace et une extension de domaine réelle, comme .com ou .fr.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s real email address, not an example address.</source>
        <translation>Entrez l&apos;adresse e-mail réelle du client, et non une adresse d&apos;exemple.</translation>
    </message>
    <message>
        <source>Enter a phone number, for example {example}: Partner Center requires one for customers in this country (error 600051).</source>
        <translation>Entrez un numéro de téléphone, par exemple {example}&#xa0;: l&apos;Espace partenaires l&apos;exige pour les clients de ce pays (erreur 600051).</translation>
    </message>
    <message>
        <source>Enter a valid phone number, for example {example} (a number of another country must start with + and its country code).</source>
        <translation>Entrez un numéro de téléphone valide, par exemple {example} (un numéro d&apos;un autre pays doit commencer par + suivi de l&apos;indicatif du pays).</translation>
    </message>
    <message>
        <source>Enter the organization registration number: Partner Center requires it for customers in this country (error 600049).</source>
        <translation>Entrez le numéro d&apos;immatriculation de l&apos;organisation&#xa0;: l&apos;Espace partenaires l&apos;exige pour les clients de ce pays (erreur 600049).</translation>
    </message>
    <message>
        <source>Leave the registration number empty: Partner Center refuses it for customers in this country (error 600002).</source>
        <translation>Laissez le numéro d&apos;immatriculation vide&#xa0;: l&apos;Espace partenaires le refuse pour les clients de ce pays (erreur 600002).</translation>
    </message>
    <message>
        <source>Use 1 to 50 letters, digits, spaces, hyphens or dots for the registration number (Partner Center error 600050).</source>
        <translation>Utilisez de 1 à 50 lettres, chiffres, espaces, traits d&apos;union ou points pour le numéro d&apos;immatriculation (erreur 600050 de l&apos;Espace partenaires).</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s language (two letters, such as fr or en).</source>
        <translation>Choisissez la langue du client (deux lettres, comme fr ou en).</translation>
    </message>
    <message>
        <source>Use a two-letter language code such as fr, en or de.</source>
        <translation>Utilisez un code de langue à deux lettres, comme fr, en ou de.</translation>
    </message>
    <message>
        <source>Choose one of the languages Partner Center offers for this country: {languages}.</source>
        <translation>Choisissez l&apos;une des langues que l&apos;Espace partenaires propose pour ce pays : {languages}.</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s culture, such as {example}.</source>
        <translation>Choisissez la culture du client, par exemple {example}.</translation>
    </message>
    <message>
        <source>Use a culture such as fr-FR or en-US (language-COUNTRY).</source>
        <translation>Utilisez une culture comme fr-FR ou en-US (langue-PAYS).</translation>
    </message>
    <message>
        <source>Choose one of the cultures offered for this country: {cultures}.</source>
        <translation>Choisissez l&apos;une des cultures proposées pour ce pays&#xa0;: {cultures}.</translation>
    </message>
    <message>
        <source>Enter the first name of the person who signed.</source>
        <translation>Entrez le prénom du signataire.</translation>
    </message>
    <message>
        <source>Enter the last name of the person who signed.</source>
        <translation>Entrez le nom du signataire.</translation>
    </message>
    <message>
        <source>Enter the email address of the person who signed.</source>
        <translation>Entrez l&apos;adresse e-mail du signataire.</translation>
    </message>
    <message>
        <source>Enter a whole number of seats between {minimum} and {maximum}.</source>
        <translation>Entrez un nombre entier de postes compris entre {minimum} et {maximum}.</translation>
    </message>
    <message>
        <source>Enter between {minimum} and {maximum} seats.</source>
        <translation>Entrez un nombre de postes compris entre {minimum} et {maximum}.</translation>
    </message>
    <message>
        <source>Business plans are limited to {cap} seats per customer, across all their Business subscriptions: enter {available} at most.</source>
        <translation>Les forfaits Business sont limités à {cap} postes par client, tous abonnements Business confondus&#xa0;: entrez {available} au maximum.</translation>
    </message>
    <message>
        <source>Plans of this family are limited to {cap} seats per customer in total: enter {available} at most.</source>
        <translation>Les forfaits de cette famille sont limités à {cap} postes au total par client&#xa0;: entrez {available} au maximum.</translation>
    </message>
    <message>
        <source>Business plans are limited to {cap} seats per customer in total and {used} are already in use; remove seats from another Business subscription first.</source>
        <translation>Les forfaits Business sont limités à {cap} postes au total par client et {used} sont déjà utilisés&#xa0;; retirez d&apos;abord des postes d&apos;un autre abonnement Business.</translation>
    </message>
    <message>
        <source>Plans of this family are limited to {cap} seats per customer in total and {used} are already in use; remove seats from another of them first.</source>
        <translation>Les forfaits de cette famille sont limités à {cap} postes au total par client et {used} sont déjà utilisés&#xa0;; retirez d&apos;abord des postes d&apos;un autre forfait de cette famille.</translation>
    </message>
    <message>
        <source>Business plans are limited to {cap} seats per customer in total; {used} are already in use, so enter {available} at most.</source>
        <translation>Les forfaits Business sont limités à {cap} postes au total par client&#xa0;; {used} sont déjà utilisés&#xa0;: entrez {available} au maximum.</translation>
    </message>
    <message>
        <source>Plans of this family are limited to {cap} seats per customer in total; {used} are already in use, so enter {available} at most.</source>
        <translation>Les forfaits de cette famille sont limités à {cap} postes au total par client&#xa0;; {used} sont déjà utilisés&#xa0;: entrez {available} au maximum.</translation>
    </message>
    <message>
        <source>Choose an offer from the list.</source>
        <translation>Choisissez une offre dans la liste.</translation>
    </message>
    <message>
        <source>Choose an offer from the list; this one is not in the offer catalog.</source>
        <translation>Choisissez une offre dans la liste&#xa0;; celle-ci ne figure pas dans le catalogue des offres.</translation>
    </message>
    <message>
        <source>Choose one of this offer&apos;s terms: {terms}.</source>
        <translation>Choisissez l&apos;une des durées d&apos;engagement de cette offre&#xa0;: {terms}.</translation>
    </message>
    <message>
        <source>Choose one of the billing cycles of this term: {cycles}.</source>
        <translation>Choisissez l&apos;une des fréquences de facturation de cette durée d&apos;engagement&#xa0;: {cycles}.</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s first name.</source>
        <translation>Entrez le prénom du contact.</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s last name.</source>
        <translation>Entrez le nom du contact.</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s email address; Microsoft sends the account information there.</source>
        <translation>Entrez l&apos;adresse e-mail du contact&#xa0;; Microsoft y envoie les informations du compte.</translation>
    </message>
    <message>
        <source>This value cannot be checked; retype it with plain text.</source>
        <translation>Cette valeur ne peut pas être vérifiée&#xa0;; ressaisissez-la en texte brut.</translation>
    </message>
    <message>
        <source>The company name has only one character: enter the customer&apos;s full legal name (Microsoft refuses one-character names).</source>
        <translation>La raison sociale n&apos;a qu&apos;un seul caractère : entrez la raison sociale complète du client (Microsoft refuse les noms d&apos;un seul caractère).</translation>
    </message>
    <message>
        <source>The company name “{name}” is only a legal form: enter the full legal name with it, such as “Contoso {name}”.</source>
        <translation>La raison sociale « {name} » n&apos;est qu&apos;une forme juridique : entrez la raison sociale complète qui la contient, par exemple « Contoso {name} ».</translation>
    </message>
    <message>
        <source>The company name looks like a placeholder or test name (“{word}”): enter the customer&apos;s exact legal name; Microsoft refuses test names.</source>
        <translation>La raison sociale ressemble à un nom fictif ou de test (« {word} ») : entrez la raison sociale exacte du client ; Microsoft refuse les noms de test.</translation>
    </message>
    <message>
        <source>The first name is too long ({length} characters): shorten it to 40 at most, Microsoft&apos;s limit for contact names.</source>
        <translation>Le prénom est trop long ({length} caractères) : raccourcissez-le à 40 au plus, la limite de Microsoft pour les noms de contact.</translation>
    </message>
    <message>
        <source>The first name has only one character: enter the contact&apos;s full first name, not an initial (Microsoft refuses one-character names).</source>
        <translation>Le prénom n&apos;a qu&apos;un seul caractère : entrez le prénom complet du contact, pas une initiale (Microsoft refuse les noms d&apos;un seul caractère).</translation>
    </message>
    <message>
        <source>The first name looks like a placeholder or test name (“{word}”): enter the real contact&apos;s first name.</source>
        <translation>Le prénom ressemble à un nom fictif ou de test (« {word} ») : entrez le vrai prénom du contact.</translation>
    </message>
    <message>
        <source>The last name is too long ({length} characters): shorten it to 40 at most, Microsoft&apos;s limit for contact names.</source>
        <translation>Le nom est trop long ({length} caractères) : raccourcissez-le à 40 au plus, la limite de Microsoft pour les noms de contact.</translation>
    </message>
    <message>
        <source>The last name has only one character: enter the contact&apos;s full last name, not an initial (Microsoft refuses one-character names).</source>
        <translation>Le nom n&apos;a qu&apos;un seul caractère : entrez le nom complet du contact, pas une initiale (Microsoft refuse les noms d&apos;un seul caractère).</translation>
    </message>
    <message>
        <source>The last name looks like a placeholder or test name (“{word}”): enter the real contact&apos;s last name.</source>
        <translation>Le nom ressemble à un nom fictif ou de test (« {word} ») : entrez le vrai nom du contact.</translation>
    </message>
    <message>
        <source>The contact e-mail is a Microsoft address ({domain}): enter an address of the customer, such as name@their-company.com; Microsoft refuses microsoft.com contacts.</source>
        <translation>L&apos;adresse e-mail du contact est une adresse Microsoft ({domain}) : entrez une adresse du client, par exemple nom@son-entreprise.com ; Microsoft refuse les contacts en microsoft.com.</translation>
    </message>
    <message>
        <source>The contact e-mail is at {domain}, one of your own (partner) domains: enter an address of the customer; Microsoft sends the customer&apos;s account information there and refuses partner addresses.</source>
        <translation>L&apos;adresse e-mail du contact est en {domain}, l&apos;un de vos propres domaines (partenaire) : entrez une adresse du client ; Microsoft y envoie les informations du compte du client et refuse les adresses du partenaire.</translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation>Choisissez oui ou non.</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>Saisissez une date.</translation>
    </message>
    <message>
        <source>Choose one of your indirect resellers: Partner Center knows them by their tenant id, such as {example}.</source>
        <translation>Choisissez l&apos;un de vos revendeurs indirects : l&apos;Espace partenaires les connaît par leur ID de locataire, par exemple {example}.</translation>
    </message>
    <message>
        <source>Choose the role template of the admin relationship.</source>
        <translation>Choisissez le modèle de rôles de la relation d&apos;administration.</translation>
    </message>
    <message>
        <source>The admin relationship needs at least one role.</source>
        <translation>La relation d&apos;administration doit comporter au moins un rôle.</translation>
    </message>
    <message>
        <source>Unknown Entra role: {role}.</source>
        <translation>Rôle Entra inconnu : {role}.</translation>
    </message>
    <message>
        <source>Enter a duration from P1D (one day) to P2Y (two years), such as P1Y.</source>
        <translation>Saisissez une durée de P1D (un jour) à P2Y (deux ans), par exemple P1Y.</translation>
    </message>
</context>
</TS>
