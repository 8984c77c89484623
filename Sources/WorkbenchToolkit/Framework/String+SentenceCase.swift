extension String {
    /// The title with its first letter lowered for use inside a sentence, unless the first word is an acronym
    /// (`RFID self-service` stays as it is).
    var sentenceCased: String {
        let firstWord = prefix { $0 != " " }
        if firstWord.count > 1, firstWord.allSatisfy({ $0.isUppercase || !$0.isLetter }) { return self }
        return prefix(1).lowercased() + dropFirst()
    }
}
