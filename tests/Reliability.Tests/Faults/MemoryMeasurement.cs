namespace YuanlingTech.Reliability.Tests.Faults;

/// <summary>Tests that measure this process's allocations run alone, so no other test's allocations count.</summary>
[CollectionDefinition(nameof(MemoryMeasurement), DisableParallelization = true)]
public sealed class MemoryMeasurement;
