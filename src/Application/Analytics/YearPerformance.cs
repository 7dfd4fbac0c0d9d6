namespace SpaceX.Application.Analytics;

/// <param name="SuccessRate">Percent over launches that flew with a known outcome; null when none did.</param>
public sealed record YearPerformance(int Year, long Launches, long Successes, long Failures, long Upcoming, decimal? SuccessRate);
