namespace Confidant.Detection.Tests.Personal;

public class AgeTests
{
    [Theory]
    [InlineData("I'm 42", "42")]
    [InlineData("I\u2019m 42.", "42")]
    [InlineData("I am 42 years old", "42")]
    [InlineData("a 42-year-old man", "42")]
    [InlineData("she is 42 years of age", "42")]
    [InlineData("patient aged 67", "67")]
    [InlineData("Age: 35", "35")]
    [InlineData("at the age of 19 I moved", "19")]
    [InlineData("my son is 7 and loves trains", "7")]
    [InlineData("I'm ringing for my son Ebo Quartey who is 19 and at uni", "19")]
    [InlineData("mi padre Ignacio Zubizarreta tiene 84 y quiere cerrar su cuenta", "84")]
    [InlineData("he's 16, is that ok?", "16")]
    [InlineData("I just turned 40!", "40")]
    [InlineData("30 yo male", "30")]
    [InlineData("30 y/o male", "30")]
    [InlineData("tengo 42 años", "42")]
    [InlineData("j'ai 42 ans", "42")]
    [InlineData("ich bin 42 Jahre alt", "42")]
    [InlineData("I'm \uFF14\uFF12", "\uFF14\uFF12")]
    [InlineData("36yo female, sore throat", "36")]
    [InlineData("53F with eczema", "53")]
    [InlineData("hi I'm Aisha, 31, I have a cough", "31")]
    [InlineData("mein Sohn ist 11 und hat Fieber", "11")]
    [InlineData("Maria is 42 years old", "42")]
    [InlineData("I turned 65 last month and enrolled in Part B", "65")]
    [InlineData("my son turned 7 in May", "7")]
    [InlineData("my father 72 yrs admitted last week", "72")]
    [InlineData("My father Arjun Mehta (81) fell at home", "81")]
    [InlineData("Hallo, mein Sohn (4) hat seit gestern Fieber", "4")]
    [InlineData("je voudrais un rendez-vous pour ma fille de 8 ans", "8")]
    [InlineData("j'ai bien 34 ans, pourquoi le site refuse ma commande ?", "34")]
    [InlineData("42F, migraines getting worse", "42")]
    [InlineData("Sarah turned 30 last week", "30")]
    [InlineData("you turned 21 last week right?", "21")]
    [InlineData("elle a déjà 34 ans", "34")]
    [InlineData("mon fils a presque 5 ans", "5")]
    public void Scan_Age_IsOnlyTheNumber(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "AGE"));

    [Theory]
    [InlineData("I moved here 42 years ago")]
    [InlineData("I'm 42 minutes late")]
    [InlineData("I'm 5 min away")]
    [InlineData("I'm 100% sure")]
    [InlineData("I'm 5'9\"")]
    [InlineData("I'm 2.5 miles out")]
    [InlineData("it costs $42")]
    [InlineData("order 42 items")]
    [InlineData("I'm 150 years old")]
    [InlineData("hace 42 años")]
    [InlineData("il y a 42 ans")]
    [InlineData("seit 42 Jahren")]
    [InlineData("we waited for 42 years")]
    [InlineData("I'm 3 blocks away")]
    [InlineData("age 5 minutes")]
    [InlineData("my laptop is 10 years old")]
    [InlineData("my account is 14 years old, can I get a better rate?")]
    [InlineData("it was 30F outside")]
    [InlineData("I turned 5 minutes late")]
    [InlineData("the laptop (3) is broken")]
    [InlineData("the order has 4 items (2 years)")]
    [InlineData("my father 40 years ago")]
    [InlineData("the warranty lasts 2 years")]
    [InlineData("it is 42F, bring a coat")]
    [InlineData("I've been a patient 20 years at your clinic")]
    [InlineData("married to my husband 12 years now")]
    [InlineData("I've been with my partner 10 years")]
    [InlineData("turn 2 on the dial and wait")]
    [InlineData("the account turns 5 in March")]
    [InlineData("Patient Portal (3) shows unread messages")]
    [InlineData("missed calls from Mom (2)")]
    [InlineData("Kind Regards Mike (3)")]
    [InlineData("3F, room 12 please")]
    [InlineData("5M, 10M and 20M plans")]
    [InlineData("le téléphone a déjà 3 ans")]
    [InlineData("he was 20 minutes late for the appointment")]
    [InlineData("she was 3rd in the queue")]
    [InlineData("my son was 2 hours on hold")]
    [InlineData("la tienda tiene 84 productos")]
    [InlineData("mi hijo tiene 3 cuentas")]
    [InlineData("Guests: John Smith, 2.")]
    [InlineData("The baby was 7 and a half pounds at birth")]                  // "was" gives weights, sizes, prices too
    [InlineData("Ordered a size 12 dress for my wife but she was 10, can I exchange?")]
    [InlineData("mi hijo tiene 39 y medio de fiebre desde anoche")]
    [InlineData("el cliente tiene 2 y quiere cancelar una de las tarjetas")]
    [InlineData("mon fils a 38 et demi de fièvre")]
    public void Scan_NumberThatIsNotAnAge_IsNotReported(string text) =>
        Assert.Empty(Detectors.Values(text, "AGE"));

    [Fact]
    public void Scan_HostileAgeLikeInput_StaysLinear()
    {
        var text = string.Concat(Enumerable.Repeat("I'm 42 years old ", 20_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = Detectors.Default.Detect(text);
        Assert.True(watch.ElapsedMilliseconds < 3000);
        Assert.NotEmpty(result.Findings);
    }

    // Every number after a name asks what the whole text says of people, counts and lists; read
    // afresh each time, 300 KB of "Ann, 1, Ann, 2, …" took 31 s (quadratic). They are read once a scan.
    [Fact]
    public void Scan_ManyNamesWithNumbers_StaysLinear()
    {
        var text = string.Concat(Enumerable.Range(0, 15_000).Select(i => $"Ann, {(i % 90) + 1}, "));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = Detectors.Default.Detect(text);
        Assert.True(watch.ElapsedMilliseconds < 3000, $"{watch.ElapsedMilliseconds} ms for {text.Length} chars");
        Assert.NotEmpty(result.Findings);
    }

    // A form's "name, age" pair.
    [Theory]
    [InlineData("Care log — Client: Winifred Ashby, 88. Morning visit 08:15.", "88")]
    [InlineData("Referral details: Patient: Ravi Subramanian, 67, DOB 03/14/1957", "67")]
    [InlineData("Hi, my dad (Winston Achebe, 79) has Parkinson's disease", "79")]
    [InlineData("Patient: Ximena Rojas, 31, pregnant", "31")]
    [InlineData("Patient: Beatriz Almeida, 52F, presented with fatigue", "52")]
    [InlineData("mein Sohn ist 5 Jahre alt", "5")]
    [InlineData("mi madre tiene 76 años", "76")]
    [InlineData("Mein Bruder ist 19 Jahre alt.", "19")]
    [InlineData("Die Patientin ist 67 Jahre alt.", "67")]
    [InlineData("Mi suegra tiene 80 años.", "80")]
    [InlineData("El paciente tiene 67 años.", "67")]
    [InlineData("Frau Müller ist 82 Jahre alt.", "82")]
    [InlineData("John Smith, 45, chest pain since this morning", "45")]
    [InlineData("Patient: Maria Gonzalez, 67, 2 previous strokes", "67")]
    public void Scan_AgeAfterAListedNameOrAPerson_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "AGE"));

    [Theory]
    [InlineData("booking for me and the 2 kids, theyre 9 and 13, can we sit together", "9", "13")]
    [InlineData("my two girls, they are 9 and 12", "9", "12")]
    [InlineData("we have two kids (6 and 3), do they need their own tickets", "6", "3")]
    [InlineData("my kids (9, 12) need passports", "9", "12")]
    public void Scan_AgesOfSeveralChildren_AreFound(string text, string first, string second) =>
        Assert.Equal([first, second], Detectors.Values(text, "AGE"));

    [Theory]
    [InlineData("the twins are 4", "4")]
    [InlineData("I'm 61 if that matters", "61")]
    [InlineData("My father passed away in May. He was 83. What do I send you?", "83")]
    [InlineData("my mum was 79 when she moved into the home", "79")]
    [InlineData("Clinical notes: 34F, two days of fever", "34")]
    public void Scan_AgeOfSomeoneSaidOtherwise_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "AGE"));

    [Theory]
    [InlineData("the kids are fine. They're 10 minutes away")]   // "they" of another sentence
    [InlineData("the kids are with me, they're 10 minutes away")] // a time
    [InlineData("Adults (2), Kids (3)")]                         // a count
    [InlineData("the kids (3) are coming")]
    [InlineData("he was 10 minutes late")]
    [InlineData("he was 30 quid short")]
    public void Scan_NumberNearChildrenThatIsNoAge_IsNotReported(string text) =>
        Assert.Empty(Detectors.Values(text, "AGE"));

    [Theory]
    [InlineData("I'm seventy-four, not great with computers. Can somebody call me?", "seventy-four")]
    [InlineData("mum is eighty-two and has macular degeneration", "eighty-two")]
    [InlineData("my daughter is seventeen and wants the HPV vaccine", "seventeen")]
    [InlineData("a forty two year old man with chest pain", "forty two")]
    [InlineData("she turned thirty last week", "thirty")]
    public void Scan_AgeInWords_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "AGE"));

    [Theory]
    [InlineData("I'm twenty minutes away")]                  // a time
    [InlineData("he paid twenty-five thousand for it")]      // an amount
    [InlineData("the laptop is twenty years old")]           // a thing's age
    [InlineData("table for twelve at 8pm")]                  // a count
    [InlineData("one hundred and twenty people came")]       // part of a larger number
    public void Scan_NumberInWordsThatIsNoAge_IsNotReported(string text) =>
        Assert.Empty(Detectors.Values(text, "AGE"));

    // A list a people word heads with a colon: every item's age, the last one too (not a
    // sign-off's count as in "Kind Regards Mike (3)").
    [Theory]
    [InlineData("Dependants: Isla (11), Finn (9), Ruairi (2)", new[] { "11", "9", "2" })]
    [InlineData("Hijos: Lucía (8), Mateo (5)", new[] { "8", "5" })]
    public void Scan_AgesInAListHeadedByPeople_AreAllFound(string text, string[] expected) =>
        Assert.Equal(expected, Detectors.Values(text, "AGE"));

    [Theory]
    [InlineData("Paris, 12, was the best trip")]
    [InlineData("Im 3. Stock habe ich kein Netz")]
    [InlineData("Ich wohne in der Hauptstraße 12, im 3. Stock links")]
    [InlineData("Patient Bay is 4.")]
    [InlineData("Die Heizung ist 15 Jahre alt")]
    [InlineData("la caldera tiene 15 años y no funciona")]
    [InlineData("Harry Potter, 7, is my favourite book.")]
    [InlineData("Guests: John Smith, 2.")]
    [InlineData("Rooms (Deluxe Suite, 2)")]
    [InlineData("Destinataire : Marie Dupont, 14, rue Lepic, 75018 Paris")]
    [InlineData("Mein Laptop ist 2 Jahre alt.")]
    [InlineData("Mi coche tiene 10 años.")]
    [InlineData("Contact: Jarrah Collins, 0438 207 116")]
    [InlineData("Ship to: Anna Berg, 12 Oak Street")]
    [InlineData("Client: Winifred Ashby, 88 Station Road")]
    [InlineData("der Laptop ist erst 2 Jahre alt und der Akku ist hin")]
    [InlineData("el portátil tiene 3 años y no enciende")]
    public void Scan_NumberAfterANameOrAThing_IsNotAge(string text) =>
        Assert.Empty(Detectors.Values(text, "AGE"));

    // Casual "im" and "hes", and a relative named before "is".
    [Theory]
    [InlineData("hi im 17, can i fly alone to dublin?", "17")]
    [InlineData("can i get the warm home discount? im 72 and on pension credit", "72")]
    [InlineData("can i order it online for delivery today? im 22", "22")]
    [InlineData("can my grandad bring his scooter? hes 79 and has COPD", "79")]
    [InlineData("my son Kofi is 11 and i want parental controls on his sim", "11")]
    public void Scan_CasualAgeOrNamedRelative_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "AGE"));

    [Theory]
    [InlineData("im 5 min away")]
    [InlineData("ich bin im 3. Stock")]
    [InlineData("hes 2 hours late")]
    [InlineData("the Mall is 10 minutes away")]
    public void Scan_CasualQuantity_IsNotAge(string text) =>
        Assert.Empty(Detectors.Values(text, "AGE"));

    // Relatives and names in parentheses, appositions, lists and other languages.
    [Theory]
    [InlineData("resident Joan Whitfield (91) needs her pills crushed", "91")]
    [InlineData("grandad (84) fell on the stairs last night", "84")]
    [InlineData("our nan (90) lives with us now", "90")]
    [InlineData("Guten Tag, ich (47) brauche einen Termin", "47")]
    [InlineData("me (M, 29) and my partner want a joint account", "29")]
    [InlineData("my brother in law Tomasz Nowak (38) will collect it", "38")]
    [InlineData("Mon frère, 33 ans, cherche un rendez-vous", "33")]
    [InlineData("ma grand-mère (94 ans) habite chez nous", "94")]
    [InlineData("Unser Sohn Jonas (2. Klasse, 7 Jahre) hat Asthma", "7")]
    [InlineData("Mi sobrino Iker, 15 años, quiere abrir una cuenta", "15")]
    [InlineData("busco gafas para mi hija de 6 años", "6")]
    [InlineData("Mein 67-jähriger Vater braucht einen neuen Ausweis", "67")]
    [InlineData("Meine Mutter wird nächsten Monat 75 und braucht Hilfe", "75")]
    [InlineData("our 9 month old has a rash", "9")]
    [InlineData("my niece is 14 months old and still not walking", "14")]
    [InlineData("I'm turning 65 in March, can I switch plans?", "65")]
    [InlineData("she's 58 with type 2 diabetes", "58")]
    [InlineData("my daughter who is 16 now wants her own card", "16")]
    [InlineData("Mateo is 6 and can't swallow tablets", "6")]
    [InlineData("my grandpa Olu Adeyemi is 83 \U0001F382 and wants online banking", "83")]
    [InlineData("tengo 17 y quiero abrir una cuenta", "17")]
    [InlineData("I'm 61 years young and still working", "61")]
    [InlineData("F41 here, new to the practice", "41")]
    [InlineData("hello, I'm Priya Natarajan, 29, and I'd like to register", "29")]
    [InlineData("client Bill Tate (77) missed his delivery", "77")]
    public void Scan_AgeOfAPersonSaidAnotherWay_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "AGE"));

    [Theory]
    [InlineData("my twins are 3 and 5", new[] { "3", "5" })]
    [InlineData("two kids on the policy, aged 4, 7 and 10.", new[] { "4", "7", "10" })]
    public void Scan_ListOfAges_IsFoundWhole(string text, string[] expected) =>
        Assert.Equal(expected, Detectors.Values(text, "AGE"));

    [Theory]
    [InlineData("the fridge keeps beeping and it's only 2 years old")]
    [InlineData("my nan's 100 year old clock stopped")]
    [InlineData("we have a 15 year old boiler, is it covered?")]
    [InlineData("Ein 3-jähriger Vertrag ist zu lang")]
    [InlineData("una garantía de 2 años")]
    [InlineData("my kids are 4 hours late from school")]
    [InlineData("my 6 month old contract renews soon")]
    [InlineData("Route (M, 34) closed")]
    [InlineData("the sofa (3 years) is worn")]
    public void Scan_NumberNearAPersonThatIsNoAge_IsNotAge(string text) =>
        Assert.Empty(Detectors.Values(text, "AGE"));

    [Fact]
    public void Scan_CountAfterAnAge_IsNotAListedAge() =>
        Assert.Equal(["42"], Detectors.Values("I'm 42, 3 kids and a dog", "AGE"));

    // Cases an independent review found read as ages by the first version of the rules above.
    [Theory]
    [InlineData("Tickets: Adult (2), Child (1)")]
    [InlineData("Adults (2), Kids (3)")]
    [InlineData("Missed calls: Mum (4)")]
    [InlineData("Re: Dad (2)")]
    [InlineData("Spider-Man (2) tickets")]
    [InlineData("M25, junction 10 closed")]
    [InlineData("Gate (F12) is closed")]
    [InlineData("Hola, soy Laura, tengo un contrato (2 años) con ustedes")]
    [InlineData("Mein Mann hat einen Vertrag, 2 Jahre, mit Ihnen")]
    [InlineData("Soy cliente (15 años) y me cobran comisiones")]
    [InlineData("my 6 month old puppy needs vaccinations")]
    [InlineData("my 9 month old subscription renewed")]
    [InlineData("My husband is 60 and 5 in the queue")]
    [InlineData("Sky is 25 and BT is 30, can you beat that?")]
    [InlineData("my son is 39 °C since last night")]
    public void Scan_CountOrThingThatLooksLikeAnAge_IsNotAge(string text) =>
        Assert.DoesNotContain(Detectors.Values(text, "AGE"), v => v is "1" or "2" or "3" or "4" or "5" or "6" or "9" or "12" or "15" or "25" or "30" or "34" or "39");

    [Fact]
    public void Scan_HalfAfterAnAge_IsNotAListedAge() =>
        Assert.Equal(["35"], Detectors.Values("I'm 35, 2 and a half years into the mortgage", "AGE"));

    [Theory]
    [InlineData("I (34) have two accounts", "34")]
    [InlineData("Hi all, F41 here", "41")]
    [InlineData("im turning 40 on Friday", "40")]
    [InlineData("my mother who is 90 lives with me", "90")]
    [InlineData("our 9 month old has a rash", "9")]
    public void Scan_AgeTheReviewFoundMissing_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "AGE"));

    // Cases a second review found after the first round of fixes.
    [Theory]
    [InlineData("Seat F12 here, the screen doesn't work")]
    [InlineData("Row M25 here, no legroom")]
    [InlineData("F12 here")]
    [InlineData("I (1) forgot my password")]
    [InlineData("I'm Platinum Member, 12")]
    [InlineData("I'm Chase Bank, 24")]
    public void Scan_CodeOrCountAfterASpeaker_IsNotAge(string text) =>
        Assert.Empty(Detectors.Values(text, "AGE"));

    [Fact]
    public void Scan_AgeAfterARelativeAndAName_InGerman_IsFound() =>
        Assert.Equal(["90"], Detectors.Values("Meine Oma Hilde ist 90", "AGE"));

    [Theory]
    [InlineData("Shortness of breath when climbing stairs, 67M, history of heart failure", "67")]
    [InlineData("the whites of my eyes look yellow, dark pee, itchy skin all over. 27M. what could it be", "27")]
    [InlineData("the baby has a temp of 39 and won't feed, she's 8 months. do we go to A&E?", "8")]
    [InlineData("My 6 week old has projectile vomiting after every feed", "6")]
    [InlineData("Mi bebé de 10 meses tiene diarrea", "10")]
    [InlineData("Mon bébé de 3 mois a le nez bouché", "3")]
    public void Scan_ClinicalShorthandAndBabyAges_AreFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "AGE"));

    [Theory]
    [InlineData("Fridge temp reading, 45F, insulin stored inside")]   // a temperature
    [InlineData("size 34F, black, the one with the migraine relief pad")] // a bra size
    [InlineData("she's 5 months pregnant and needs a flu jab")]         // a pregnancy, not an age
    [InlineData("seat 12F, I have asthma")]
    public void Scan_SexSuffixOrMonthsThatAreNoAge_AreNotFound(string text) =>
        Assert.Empty(Detectors.Values(text, "AGE"));

    [Theory]
    [InlineData("both kids are on my plan, Rose is 9 and Hunter is 5. Hunter needs a hearing test", new[] { "9", "5" })]
    [InlineData("My father Li Wei (李伟) is 70 and doesn't read English", new[] { "70" })]
    [InlineData("My father-in-law, Hiroshi Tanaka, 78, has been coughing up blood this morning.", new[] { "78" })]
    [InlineData("The guest is Tran Van Duc (67), he needs wheelchair assistance", new[] { "67" })]
    public void Scan_NumberAfterAFoundName_IsTheirAge(string text, string[] expected) =>
        Assert.Equal(expected, Detectors.Values(text, "AGE"));

    // A list a people word heads: each name and its age, without brackets or commas between.
    [Fact]
    public void Scan_NamesAndAgesInAListOfKids_AreEachFound()
    {
        const string Text = "adding to the family membership. Kids: Amara 10, Kofi 8, Esi 5";
        Assert.Equal(["10", "8", "5"], Detectors.Values(Text, "AGE"));
        Assert.Equal(["Amara", "Kofi", "Esi"], Detectors.Values(Text, "PERSON_NAME"));
    }

    [Theory]
    [InlineData("Order: Rose 2, Lily 3")]        // no people word heads the list
    [InlineData("Guests: Oliver 2, Emma 3")]      // guests are counted
    [InlineData("Ship to: Austin 78701")]
    public void Scan_NameAndNumberInAListNotOfPeople_IsNoAge(string text) =>
        Assert.Empty(Detectors.Values(text, "AGE"));

    // An age said of "he" or "she" in a message about an animal and no person is the animal's.
    [Theory]
    [InlineData("Getting a quote for pet insurance for my spaniel, she's 4 years old. Do you cover dental?")]
    [InlineData("can I add my dog Winston to the pet insurance? he's 4, a beagle")]
    [InlineData("submitted the vet invoice 3 weeks ago, any update? hes a 4 year old lab")]
    [InlineData("we have two dogs, Max (age 6) and Ruby (age 2), can both go on the pet plan?")]
    public void Scan_AgeOfAnAnimal_IsNoAge(string text) =>
        Assert.Empty(Detectors.Values(text, "AGE"));

    [Theory]
    [InlineData("my daughter, she's 4 years old, loves our dog", "4")]
    [InlineData("my son is 6 and our puppy keeps chewing his shoes", "6")]
    [InlineData("my daughter Ruby (age 6) loves our dog", "6")]
    public void Scan_AgeOfAPersonInAMessageAboutAnAnimal_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "AGE"));

    // German possessives in the dative and genitive: "meiner Tochter (15)".
    [Theory]
    [InlineData("Für das Konto meiner Tochter (15) möchte ich die PIN 7070 festlegen", "15")]
    [InlineData("Ich kümmere mich um die Steuer meiner Mutter (84).", "84")]
    public void Scan_AgeInBracketsAfterAGermanRelative_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "AGE"));

    // The writer's own age in years without "old", where the sentence ends.
    [Theory]
    [InlineData("Hello doctor I have chest pain since 2 days. I am 58 years. What to do", "58")]
    [InlineData("I'm 30 yrs, female, no meds", "30")]
    public void Scan_WritersAgeInYearsWithoutOld_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "AGE"));

    [Theory]
    [InlineData("I'm 2 years behind on payments")]
    [InlineData("I am 5 years into my mortgage")]
    [InlineData("I am 3 years late.")]
    public void Scan_WriterInYearsOfSomething_IsNoAge(string text) =>
        Assert.Empty(Detectors.Values(text, "AGE"));

    // A titled name set off by commas keeps its age; "Dr Patel is 10" (below) does not.
    [Fact]
    public void Scan_AgeSetOffAfterATitledName_IsFound() =>
        Assert.Equal(["45"], Detectors.Values("Ms. Nakamura, 45, follow up for hypertension, bp readings attached", "AGE"));

    [Theory]
    [InlineData("Dr Patel, 10 minutes late again")]
    [InlineData("Dr. Jones, 3 appointments left this month")]
    public void Scan_CountAfterATitledName_IsNoAge(string text) =>
        Assert.Empty(Detectors.Values(text, "AGE"));

    [Theory]
    [InlineData("Sarah Jones is 5 minutes away from the branch")]
    [InlineData("Thanks Sarah Jones, 3 more questions though")]
    [InlineData("Sarah Jones is 25% off today")]
    public void Scan_QuantityAfterAFoundName_IsNoAge(string text) =>
        Assert.Empty(Detectors.Values(text, "AGE"));

    // From an independent review of the rule above: numbers after a found name that are no age.
    [Theory]
    [InlineData("Reservation under Maria Garcia, 6. Can we get a booth by the window?")]
    [InlineData("My appointment with Dr Patel is 10, not 11.")]
    [InlineData("Final votes: Lucy Hale, 9. Ben Ward, 7. Sara Cole, 4.")]
    [InlineData("Hey Mike, 5 and 6 are missing from the set I got")]
    [InlineData("Hi James, 2 and a half hours on hold is ridiculous")]
    [InlineData("The table for David Brown is 14.")]
    [InlineData("Seat for Olivia Brown is 12, next to the window please")]
    [InlineData("My husband Tom's 12 and 24 month contracts overlap")]
    [InlineData("Rocky is 8 and his jabs at the vet are overdue")]
    [InlineData("Hola Carmen, 2 y 3 no llegaron en el pedido")]
    [InlineData("Danke Lukas, 2 und 3 sind angekommen")]
    public void Scan_NumberAfterAFoundNameThatCountsOrRanks_IsNoAge(string text) =>
        Assert.Empty(Detectors.Values(text, "AGE"));

    [Theory]
    [InlineData("Chen Wei (陈伟) is 68 and needs a wheelchair, his son will come with him", "68")]
    [InlineData("Summer is 14 and she lost her bus pass", "14")]
    [InlineData("Kai is 2 and Noa is 6, their passports expire soon", "2", "6")]
    public void Scan_NumberAfterAFoundNameInAMessageAboutPeople_IsAnAge(string text, params string[] expected) =>
        Assert.Equal(expected, Detectors.Values(text, "AGE"));

    // From a third review: numbers after a name in lists, sports, rooms and addresses.
    [Theory]
    [InlineData("He insists Jude Bellingham is 5, not 10, please fix the name set.")]
    [InlineData("My son adores Harry Kane, 9, can you print it on his top?")]
    [InlineData("Kids' flower bunches: Poppy, 6. Rose, 4. Daisy, 5.")]
    [InlineData("Ruby is 6 and Sapphire is 9 on the hardness scale, my daughter's school project says")]
    [InlineData("Our school year groups are Rowan (3), Willow (4) and Oak (5), can you print the t-shirts?")]
    [InlineData("Deliver to my mum, Ann Hughes, 7, The Crescent, Bath.")]
    [InlineData("Tables for my son's wedding: Andrew is 3, Claire is 7, the place cards are misprinted.")]
    [InlineData("Both kids are in Rose, 9. The other room, Ivy, is 12")]
    public void Scan_NumberAfterANameThatListsOrPlacesThings_IsNoAge(string text) =>
        Assert.Empty(Detectors.Values(text, "AGE"));

    [Theory]
    [InlineData("My father, Kwame Mensah, 81, needs his repeat prescription.", "81")]
    [InlineData("Emily's 5 and has chicken pox, can I cancel the party booking?", "5")]
    public void Scan_AgeAfterANameWithACountWordFarAfter_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "AGE"));

    // From ids2.txt (2026-12-01): a birthday to come.
    [Theory]
    [InlineData("my dad'll be 80 in June and he wants to renew his railcard", "80")]
    [InlineData("she will be 7 next week, can she fly alone?", "7")]
    [InlineData("my daughter'll be 21 on the 9th so she can't use the youth railcard", "21")]
    [InlineData("my boy is 9 does he need his own passport for malaga", "9")]
    [InlineData("my mum is 84 would she qualify for assistance at the airport", "84")]
    public void Scan_AgeToComeOrBeforeAQuestionAboutThem_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "AGE"));

    [Theory]
    [InlineData("I'll be 10 minutes late to the appointment")]
    [InlineData("my wife will be 2 hours late, can we move it")]
    [InlineData("the bill will be 80 in June")]
    [InlineData("my son is 2 days late with the form")]
    // from an independent review: sizes, temperatures, party sizes and minutes
    [InlineData("my wife is 12 what is that in EU sizes")]
    [InlineData("my baby is 38 is that a fever")]
    [InlineData("we'll be 6 on Saturday if there's a table")]
    [InlineData("my wife will be 10, she's just parking the car")]
    [InlineData("the kids will be 4 in the car so we need the big one")]
    public void Scan_WillBeADurationOrAnAmount_IsNoAge(string text) =>
        Assert.Empty(Detectors.Values(text, "AGE"));

    // A number between a name and a date of birth is the age when the two agree (the year is today's,
    // so the texts are made from it).
    [Fact]
    public void Scan_AgeBeforeADateOfBirthThatAgrees_IsFound()
    {
        var year = DateTime.UtcNow.Year;
        Assert.Equal(["35"], Detectors.Values($"Hi it's Imogen Clarke, 35, DOB 02/08/{year - 36}, address 19 Ferndale Close, Swindon", "AGE"));
        Assert.Equal(["44"], Detectors.Values($"Passenger: Tom Hale, 44, date of birth 3 May {year - 45}", "AGE"));
    }

    [Fact]
    public void Scan_NumberBeforeADateOfBirthThatDisagrees_IsNoAge()
    {
        var year = DateTime.UtcNow.Year;
        Assert.Empty(Detectors.Values($"Tom Hale, 12, DOB 03/05/{year - 46}", "AGE"));
        Assert.Empty(Detectors.Values($"Ward 7 - Peter Walsh, 7, DOB 01/01/{year - 76}", "AGE"));
    }

    [Theory]
    [InlineData("Account opened online by Hamid Rezaei, 34, a pharmacist by trade.", "34")]
    [InlineData("Loan applicant Deshawn Carter, 29, currently lives in Tulsa", "29")]
    [InlineData("The card was used by Priya Raman, 41, a teacher from Leeds.", "41")]
    public void Scan_NumberSetOffAfterAFullName_IsTheAge(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, "AGE"));

    [Theory]
    [InlineData("Table for John Smith, 4, at 7pm please")]
    [InlineData("Reservation under Maria Garcia, 6.")]
    [InlineData("Marie Dupont, 14, rue Lepic, Paris")]
    [InlineData("Room for Anna Novak, 2, nights from Friday")]
    [InlineData("Thanks Hamid, 34, a new record")]
    public void Scan_NumberAfterANameThatCountsOrAddressesSomething_IsNoAge(string text) =>
        Assert.Empty(Detectors.Values(text, "AGE"));
}
