using CiCd.Testing;

// Every test here checks the shipped data and configs: the DataTests target selects them by this trait, Test leaves them out.
[assembly: AssemblyTrait(TestCategory.Trait, TestCategory.Data)]
