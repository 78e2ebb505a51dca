package lr

// Listening, Bậc 4: fairly complex talks in the learners' own field:
// lecture extracts on party building and the political system, office
// meetings, interviews, news, village mediation.
func init() {
	allListenLevels = append(allListenLevels, ListenLevel{
		Level: 4,
		Tones: tonesB4,
		Dict: []LDict{
			{Tp: []string{"office", "news"}, T: "Hội nghị đã thảo luận và thông qua nghị quyết về phát triển kinh tế - xã hội năm tới."},
			{Tp: []string{"party-cell"}, T: "Cán bộ, đảng viên phải thường xuyên tự phê bình và phê bình."},
			{Tp: []string{"party-cell"}, T: "Chi bộ đánh giá, xếp loại chất lượng đảng viên vào cuối năm."},
			{Tp: []string{"friendship"}, T: "Quan hệ hữu nghị vĩ đại, đoàn kết đặc biệt giữa Việt Nam và Lào ngày càng được củng cố."},
			{Tp: []string{"theory"}, T: "Nhà nước quản lý xã hội bằng pháp luật."},
			{Tp: []string{"party-cell"}, T: "Chúng ta cần nâng cao chất lượng sinh hoạt chi bộ ở cơ sở."},
			{Tp: []string{"party-cell", "news"}, T: "Đại hội đã bầu Ban Chấp hành Đảng bộ nhiệm kỳ mới."},
			{Tp: []string{"office"}, T: "Cải cách hành chính giúp người dân tiết kiệm thời gian và chi phí."},
			{Tp: []string{"friendship"}, T: "Trong thời kỳ kháng chiến, Viêng Xay là căn cứ của cách mạng Lào."},
			{Tp: []string{"study"}, T: "Học viên phải nghiên cứu tài liệu trước khi thảo luận ở tổ."},
			{Tp: []string{"office", "news"}, T: "Uỷ ban nhân dân tỉnh đã ban hành kế hoạch phòng, chống thiên tai."},
			{Tp: []string{"theory"}, T: "Mặt trận Tổ quốc có vai trò giám sát và phản biện xã hội."},
			{Tp: []string{"theory", "party-cell"}, T: "Công tác cán bộ là khâu then chốt của công tác xây dựng Đảng."},
			{Tp: []string{"office"}, T: "Người đứng đầu phải chịu trách nhiệm về kết quả công việc của đơn vị."},
			{Tp: []string{"village"}, T: "Xây dựng nông thôn mới phải lấy người dân làm chủ thể."},
			{Tp: []string{"friendship"}, T: "Hai tỉnh đã ký biên bản ghi nhớ về hợp tác giáo dục và đào tạo."},
			{Tp: []string{"theory"}, T: "Tham nhũng, lãng phí là nguy cơ đe doạ sự tồn vong của chế độ."},
			{Tp: []string{"party-cell"}, T: "Báo cáo chính trị nêu rõ những hạn chế và nguyên nhân."},
			{Tp: []string{"theory"}, T: "Mọi chủ trương của Đảng đều xuất phát từ lợi ích của nhân dân."},
			{Tp: []string{"friendship"}, T: "Cửa khẩu quốc tế Na Mèo góp phần thúc đẩy giao thương giữa hai nước."},
		},
		Groups: []LGroup{
			{Title: "Nguyên tắc tập trung dân chủ", Kind: "lecture", Tp: []string{"theory", "party-cell"},
				T: `Hôm nay chúng ta tìm hiểu nguyên tắc tập trung dân chủ, nguyên tắc tổ chức cơ bản của Đảng. Nguyên tắc này có hai mặt gắn bó chặt chẽ với nhau: tập trung và dân chủ. Dân chủ thể hiện ở chỗ mọi đảng viên đều được thảo luận, phát biểu ý kiến và biểu quyết; cơ quan lãnh đạo các cấp đều do bầu cử lập ra. Tập trung thể hiện ở chỗ cá nhân phục tùng tổ chức, thiểu số phục tùng đa số, cấp dưới phục tùng cấp trên, các tổ chức trong toàn Đảng phục tùng Đại hội đại biểu toàn quốc và Ban Chấp hành Trung ương. Nếu chỉ nhấn mạnh dân chủ mà xem nhẹ tập trung thì dễ dẫn đến tình trạng tự do, vô tổ chức. Ngược lại, nếu chỉ nhấn mạnh tập trung mà xem nhẹ dân chủ thì dễ dẫn đến quan liêu, độc đoán.`,
				Qs: []Q{
					{P: "Bài giảng nói về nội dung gì?", O: []string{"*Nguyên tắc tập trung dân chủ", "Lịch sử Đảng", "Công tác dân vận", "Kinh tế thị trường"}},
					{P: "Theo bài giảng, dân chủ thể hiện ở đâu?", O: []string{"*Đảng viên được thảo luận, phát biểu và biểu quyết", "Cấp dưới phục tùng cấp trên", "Thiểu số phục tùng đa số", "Cá nhân phục tùng tổ chức"}},
					{P: "Điều nào thuộc về mặt tập trung?", O: []string{"*Thiểu số phục tùng đa số", "Cơ quan lãnh đạo do bầu cử lập ra", "Đảng viên được phát biểu ý kiến", "Đảng viên được biểu quyết"}},
					{P: "Xem nhẹ tập trung thì dễ dẫn đến điều gì?", O: []string{"*Tự do, vô tổ chức", "Quan liêu, độc đoán", "Đoàn kết nội bộ", "Phát triển kinh tế"}},
					{P: "Xem nhẹ dân chủ thì dễ dẫn đến điều gì?", O: []string{"*Quan liêu, độc đoán", "Tự do, vô tổ chức", "Dân chủ quá mức", "Thiếu cán bộ"}},
				}},
			{Title: "Sơ kết hợp tác đào tạo cán bộ cho tỉnh Hủa Phăn", Kind: "news", Tp: []string{"friendship", "study", "news"},
				T: `Chiều qua, Trường Chính trị tỉnh Thanh Hoá tổ chức hội nghị sơ kết năm năm hợp tác đào tạo cán bộ cho tỉnh Hủa Phăn. Theo báo cáo, trong năm năm qua, nhà trường đã mở bốn lớp trung cấp lý luận chính trị với khoảng một trăm năm mươi học viên. Phần lớn học viên sau khi tốt nghiệp đã được bố trí vào các vị trí lãnh đạo, quản lý ở cấp huyện và cấp tỉnh. Tại hội nghị, đại diện tỉnh Hủa Phăn đề nghị nhà trường tăng thời lượng dạy tiếng Việt, vì một số học viên còn gặp khó khăn khi nghe giảng. Hai bên thống nhất sẽ xây dựng bộ tiêu chí đánh giá trình độ tiếng Việt trước khi cử cán bộ đi học.`,
				Qs: []Q{
					{P: "Hội nghị sơ kết bao nhiêu năm hợp tác?", O: []string{"*Năm năm", "Bốn năm", "Mười năm", "Ba năm"}},
					{P: "Có khoảng bao nhiêu học viên đã học các lớp này?", O: []string{"*Khoảng 150", "Khoảng 45", "Khoảng 400", "Khoảng 15"}},
					{P: "Sau khi tốt nghiệp, phần lớn học viên làm gì?", O: []string{"*Được bố trí vào vị trí lãnh đạo, quản lý", "Ở lại Việt Nam làm việc", "Học tiếp đại học", "Nghỉ hưu"}},
					{P: "Đại diện tỉnh Hủa Phăn đề nghị điều gì?", O: []string{"*Tăng thời lượng dạy tiếng Việt", "Rút ngắn khoá học", "Mở lớp ở Sầm Nưa", "Tăng số học viên mỗi lớp"}},
					{P: "Hai bên thống nhất sẽ làm gì?", O: []string{"*Xây dựng tiêu chí đánh giá trình độ tiếng Việt trước khi cử cán bộ đi học", "Dừng hợp tác đào tạo", "Xây thêm một trường mới", "Dạy bằng tiếng Lào"}},
				}},
			{Title: "Phỏng vấn một học viên Lào", Kind: "dialogue", Tp: []string{"study", "friendship"},
				T: `Phóng viên: Anh có thể cho biết cảm nhận của mình sau bốn tháng học tại trường?
Khăm Phòn: Lúc mới sang, tôi rất lo vì nghe giảng chỉ hiểu được khoảng một nửa. Các thầy cô nói nhanh và dùng nhiều thuật ngữ. Nhưng nhờ các thầy cô giảng chậm lại, cho thêm tài liệu, và nhờ các bạn Việt Nam giúp đỡ, bây giờ tôi đã theo kịp bài.
Phóng viên: Môn học nào anh thấy bổ ích nhất?
Khăm Phòn: Tôi thấy môn Xây dựng Đảng rất bổ ích, vì ở huyện tôi đang phụ trách công tác tổ chức. Những kinh nghiệm về sinh hoạt chi bộ ở Việt Nam, tôi có thể áp dụng ngay khi về nước.
Phóng viên: Anh có lời khuyên gì cho các học viên khoá sau?
Khăm Phòn: Tôi nghĩ các anh chị nên học tiếng Việt thật kỹ trước khi sang, nhất là kỹ năng nghe. Nếu nghe tốt thì việc học các môn khác sẽ dễ hơn nhiều.`,
				Qs: []Q{
					{P: "Lúc mới sang, anh Khăm Phòn gặp khó khăn gì?", O: []string{"*Chỉ nghe hiểu được khoảng một nửa bài giảng", "Không quen món ăn", "Không có chỗ ở", "Bị ốm"}},
					{P: "Điều gì KHÔNG được nhắc đến trong những việc đã giúp anh theo kịp bài?", O: []string{"*Học thêm ở trung tâm ngoại ngữ", "Thầy cô giảng chậm lại", "Thầy cô cho thêm tài liệu", "Các bạn Việt Nam giúp đỡ"}},
					{P: "Vì sao anh thấy môn Xây dựng Đảng bổ ích?", O: []string{"*Vì anh đang phụ trách công tác tổ chức ở huyện", "Vì môn này dễ nhất", "Vì anh thi môn này được điểm cao", "Vì giảng viên là người Lào"}},
					{P: "Anh khuyên học viên khoá sau điều gì?", O: []string{"*Học kỹ tiếng Việt, nhất là kỹ năng nghe, trước khi sang", "Mang nhiều sách sang", "Học thêm tiếng Anh", "Đi du lịch nhiều hơn"}},
					{P: "Theo anh, nếu nghe tốt thì sao?", O: []string{"*Học các môn khác sẽ dễ hơn nhiều", "Không cần đọc tài liệu", "Không cần thi", "Được về nước sớm"}},
				}},
			{Title: "Hệ thống chính trị ở cơ sở", Kind: "lecture", Tp: []string{"theory", "village"},
				T: `Hệ thống chính trị ở cơ sở xã, phường, thị trấn của Việt Nam gồm: tổ chức cơ sở đảng, Hội đồng nhân dân, Uỷ ban nhân dân, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội như Đoàn Thanh niên Cộng sản Hồ Chí Minh, Hội Liên hiệp Phụ nữ, Hội Nông dân và Hội Cựu chiến binh. Trong đó, tổ chức cơ sở đảng giữ vai trò lãnh đạo; Hội đồng nhân dân là cơ quan quyền lực nhà nước ở địa phương; Uỷ ban nhân dân là cơ quan hành chính, tổ chức thực hiện; còn Mặt trận và các đoàn thể có nhiệm vụ tập hợp, vận động nhân dân và giám sát hoạt động của chính quyền. Ở thôn, bản không có cấp chính quyền, nhưng có chi bộ, trưởng thôn và các chi hội đoàn thể.`,
				Qs: []Q{
					{P: "Cơ quan nào là cơ quan quyền lực nhà nước ở địa phương?", O: []string{"*Hội đồng nhân dân", "Uỷ ban nhân dân", "Mặt trận Tổ quốc", "Hội Nông dân"}},
					{P: "Uỷ ban nhân dân có vai trò gì?", O: []string{"*Là cơ quan hành chính, tổ chức thực hiện", "Lãnh đạo toàn diện", "Giám sát chính quyền", "Tập hợp thanh niên"}},
					{P: "Tổ chức nào giữ vai trò lãnh đạo?", O: []string{"*Tổ chức cơ sở đảng", "Hội Cựu chiến binh", "Uỷ ban nhân dân", "Hội Liên hiệp Phụ nữ"}},
					{P: "Mặt trận và các đoàn thể có những nhiệm vụ nào? (Chọn hai đáp án.)", O: []string{"*Tập hợp, vận động nhân dân", "*Giám sát hoạt động của chính quyền", "Ban hành luật", "Xét xử các vụ án"}},
					{P: "Theo bài giảng, ở thôn, bản có những gì?", O: []string{"*Chi bộ, trưởng thôn và các chi hội đoàn thể", "Hội đồng nhân dân thôn", "Uỷ ban nhân dân thôn", "Toà án thôn"}},
				}},
			{Title: "Chuẩn bị hội nghị tổng kết", Kind: "dialogue", Tp: []string{"office"},
				T: `Chánh Văn phòng: Hội nghị tổng kết năm sẽ tổ chức vào sáng thứ Sáu, ngày hai mươi tám. Chị Thu, giấy mời đã gửi hết chưa?
Chị Thu: Dạ, đã gửi đến các sở, ngành và các huyện từ thứ Hai. Còn mười hai đơn vị chưa xác nhận người dự.
Chánh Văn phòng: Chị gọi điện đôn đốc, chậm nhất chiều thứ Tư phải có danh sách đầy đủ để xếp chỗ ngồi. Anh Dũng, báo cáo tổng kết đã hoàn thiện chưa?
Anh Dũng: Báo cáo đã xin ý kiến các phòng, em đang tiếp thu và chỉnh sửa. Sáng thứ Tư em trình lãnh đạo duyệt.
Chánh Văn phòng: Được. Nhớ in thêm năm mươi bản cho đại biểu. Phần hậu cần như hội trường, âm thanh, nước uống thì anh Hùng kiểm tra lại vào chiều thứ Năm.`,
				Qs: []Q{
					{P: "Hội nghị tổng kết tổ chức khi nào?", O: []string{"*Sáng thứ Sáu, ngày 28", "Chiều thứ Năm, ngày 27", "Sáng thứ Tư, ngày 26", "Sáng thứ Hai, ngày 24"}},
					{P: "Chị Thu phải làm gì?", O: []string{"*Gọi điện đôn đốc các đơn vị chưa xác nhận", "In báo cáo", "Kiểm tra âm thanh", "Viết báo cáo tổng kết"}},
					{P: "Chậm nhất khi nào phải có danh sách đại biểu đầy đủ?", O: []string{"*Chiều thứ Tư", "Sáng thứ Tư", "Thứ Hai", "Sáng thứ Sáu"}},
					{P: "Báo cáo tổng kết đang ở giai đoạn nào?", O: []string{"*Đang tiếp thu ý kiến và chỉnh sửa", "Đã được lãnh đạo duyệt", "Chưa viết", "Đã in xong"}},
					{P: "Ai kiểm tra phần hậu cần?", O: []string{"*Anh Hùng", "Anh Dũng", "Chị Thu", "Chánh Văn phòng"}},
				}},
			{Title: "Tư tưởng Hồ Chí Minh về đại đoàn kết dân tộc", Kind: "lecture", Tp: []string{"theory"},
				T: `Trong tư tưởng Hồ Chí Minh, đại đoàn kết dân tộc là vấn đề có ý nghĩa chiến lược, quyết định thành công của cách mạng. Người nói: “Đoàn kết, đoàn kết, đại đoàn kết. Thành công, thành công, đại thành công.” Theo Người, lực lượng của khối đại đoàn kết là toàn dân tộc; nền tảng là liên minh công nhân, nông dân và trí thức, dưới sự lãnh đạo của Đảng. Hình thức tổ chức của khối đại đoàn kết là Mặt trận dân tộc thống nhất. Muốn đoàn kết được nhân dân, cán bộ phải tin dân, hiểu dân, gần dân và học hỏi dân; phải đoàn kết trên cơ sở lợi ích chung của dân tộc.`,
				Qs: []Q{
					{P: "Theo tư tưởng Hồ Chí Minh, đại đoàn kết dân tộc có ý nghĩa như thế nào?", O: []string{"*Có ý nghĩa chiến lược, quyết định thành công của cách mạng", "Chỉ là sách lược tạm thời", "Chỉ cần trong thời chiến", "Không quan trọng bằng kinh tế"}},
					{P: "Lực lượng của khối đại đoàn kết là ai?", O: []string{"*Toàn dân tộc", "Chỉ có đảng viên", "Chỉ có công nhân", "Chỉ có trí thức"}},
					{P: "Nền tảng của khối đại đoàn kết là gì?", O: []string{"*Liên minh công nhân, nông dân và trí thức", "Quân đội nhân dân", "Các doanh nghiệp", "Các tổ chức quốc tế"}},
					{P: "Hình thức tổ chức của khối đại đoàn kết là gì?", O: []string{"*Mặt trận dân tộc thống nhất", "Chi bộ", "Hội đồng nhân dân", "Công đoàn"}},
					{P: "Cán bộ phải làm gì để đoàn kết được nhân dân?", O: []string{"*Tin dân, hiểu dân, gần dân và học hỏi dân", "Ra lệnh cho dân", "Tránh tiếp xúc với dân", "Chỉ làm theo cấp trên"}},
				}},
			{Title: "Kinh tế Thanh Hoá sáu tháng đầu năm", Kind: "news", Tp: []string{"news"},
				T: `Theo số liệu thống kê, sáu tháng đầu năm, tổng sản phẩm trên địa bàn tỉnh Thanh Hoá tăng khoảng chín phần trăm so với cùng kỳ năm trước, thuộc nhóm các tỉnh có tốc độ tăng trưởng cao của cả nước. Ngành công nghiệp, nhất là Khu kinh tế Nghi Sơn, tiếp tục là động lực chính. Du lịch cũng phục hồi mạnh, với hàng triệu lượt khách đến Sầm Sơn trong mùa hè. Tuy nhiên, sản xuất nông nghiệp gặp khó khăn do nắng nóng kéo dài, một số diện tích lúa ở vùng cao thiếu nước tưới.`,
				Qs: []Q{
					{P: "Sáu tháng đầu năm, tổng sản phẩm của tỉnh tăng khoảng bao nhiêu?", O: []string{"*9%", "6%", "19%", "0,9%"}},
					{P: "Động lực tăng trưởng chính là gì?", O: []string{"*Công nghiệp, nhất là Khu kinh tế Nghi Sơn", "Nông nghiệp", "Thuỷ sản", "Xuất khẩu lao động"}},
					{P: "Bản tin nói gì về du lịch?", O: []string{"*Phục hồi mạnh, nhiều khách đến Sầm Sơn", "Giảm mạnh", "Không thay đổi", "Chỉ có khách nước ngoài"}},
					{P: "Nông nghiệp gặp khó khăn vì sao?", O: []string{"*Nắng nóng kéo dài, thiếu nước tưới", "Lũ lụt", "Thiếu lao động", "Giá phân bón giảm"}},
				}},
			{Title: "Quan hệ đặc biệt Việt Nam – Lào", Kind: "talk", Tp: []string{"friendship", "theory"},
				T: `Quan hệ Việt Nam – Lào do Chủ tịch Hồ Chí Minh, Chủ tịch Cay-xỏn Phôm-vi-hản, Chủ tịch Xu-pha-nu-vông và các thế hệ lãnh đạo hai nước dày công vun đắp. Ngày năm tháng chín năm một nghìn chín trăm sáu mươi hai, hai nước chính thức thiết lập quan hệ ngoại giao. Ngày mười tám tháng bảy năm một nghìn chín trăm bảy mươi bảy, hai nước ký Hiệp ước Hữu nghị và Hợp tác, đặt nền tảng pháp lý cho quan hệ hợp tác toàn diện. Trong hai cuộc kháng chiến chống thực dân và đế quốc, quân đội và nhân dân hai nước đã sát cánh bên nhau, cùng chiến đấu, cùng hy sinh. Ngày nay, mối quan hệ hữu nghị vĩ đại, đoàn kết đặc biệt và hợp tác toàn diện ấy là tài sản vô giá của hai Đảng, hai Nhà nước và nhân dân hai nước.`,
				Qs: []Q{
					{P: "Hai nước thiết lập quan hệ ngoại giao khi nào?", O: []string{"*5/9/1962", "18/7/1977", "2/9/1945", "2/12/1975"}},
					{P: "Hiệp ước Hữu nghị và Hợp tác được ký năm nào?", O: []string{"*1977", "1962", "1975", "1954"}},
					{P: "Hiệp ước Hữu nghị và Hợp tác có ý nghĩa gì?", O: []string{"*Đặt nền tảng pháp lý cho quan hệ hợp tác toàn diện", "Xác định đường biên giới lần đầu tiên", "Thành lập Hiệp hội các quốc gia Đông Nam Á", "Chấm dứt chiến tranh"}},
					{P: "Trong các cuộc kháng chiến, quân đội và nhân dân hai nước đã làm gì?", O: []string{"*Sát cánh bên nhau, cùng chiến đấu, cùng hy sinh", "Chiến đấu riêng rẽ", "Chỉ giúp nhau về kinh tế", "Ký nhiều hiệp định thương mại"}},
					{P: "Theo bài nói, mối quan hệ ấy là gì của hai Đảng, hai Nhà nước và nhân dân hai nước?", O: []string{"*Tài sản vô giá", "Gánh nặng", "Chuyện của quá khứ", "Quan hệ buôn bán đơn thuần"}},
				}},
			{Title: "Hoà giải ở thôn", Kind: "dialogue", Tp: []string{"village"},
				T: `Trưởng thôn: Chú Ba ơi, cháu nghe nói nhà chú với nhà anh Sáu đang tranh chấp lối đi?
Chú Ba: Đúng đấy. Nhà anh Sáu xây tường rào lấn sang lối đi chung hơn nửa mét, xe máy nhà tôi đi lại rất khó.
Trưởng thôn: Cháu đã gặp anh Sáu. Anh ấy nói xây theo ranh giới cũ, không lấn. Theo cháu, tổ hoà giải của thôn sẽ mời cán bộ địa chính xã xuống đo lại; có bản đồ thì hai bên dễ thống nhất.
Chú Ba: Thế cũng được. Nhưng nếu đo xong mà anh ấy vẫn không chịu thì sao?
Trưởng thôn: Thì thôn sẽ lập biên bản, báo cáo Uỷ ban xã giải quyết theo pháp luật. Nhưng cháu mong hai nhà là hàng xóm lâu năm, nên ngồi lại với nhau; tình làng nghĩa xóm vẫn là quý nhất.`,
				Qs: []Q{
					{P: "Hai nhà tranh chấp về việc gì?", O: []string{"*Lối đi chung", "Ruộng lúa", "Tiền vay", "Con trâu"}},
					{P: "Anh Sáu nói gì?", O: []string{"*Anh xây theo ranh giới cũ, không lấn", "Anh đồng ý dỡ tường", "Anh không biết gì", "Anh sẽ bán nhà"}},
					{P: "Trưởng thôn đề xuất làm gì trước tiên?", O: []string{"*Mời cán bộ địa chính xã đo lại", "Báo công an ngay", "Phá tường rào", "Bỏ qua chuyện này"}},
					{P: "Nếu đo xong mà vẫn không thống nhất, thôn sẽ làm gì?", O: []string{"*Lập biên bản, báo cáo Uỷ ban xã giải quyết theo pháp luật", "Tự phá tường rào", "Phạt tiền cả hai nhà", "Đưa vụ việc lên tỉnh"}},
					{P: "Trưởng thôn mong điều gì?", O: []string{"*Hai nhà giữ tình làng nghĩa xóm", "Hai nhà chuyển đi nơi khác", "Chú Ba xin lỗi anh Sáu", "Xã làm đường mới"}},
				}},
			{Title: "Công tác dân vận", Kind: "lecture", Tp: []string{"theory", "party-cell", "village"},
				T: `Công tác dân vận là nhiệm vụ của cả hệ thống chính trị, trong đó Đảng lãnh đạo, chính quyền tổ chức thực hiện, Mặt trận và các đoàn thể làm nòng cốt. Chủ tịch Hồ Chí Minh dạy: “Dễ trăm lần không dân cũng chịu, khó vạn lần dân liệu cũng xong.” Muốn làm tốt dân vận, cán bộ phải trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân. Ở cơ sở, thực hiện tốt quy chế dân chủ, để dân biết, dân bàn, dân làm, dân kiểm tra, là cách dân vận hiệu quả nhất. Khi người dân thấy việc làm của chính quyền là vì lợi ích của họ, họ sẽ tự nguyện đóng góp công sức, tiền của.`,
				Qs: []Q{
					{P: "Theo bài giảng, công tác dân vận là nhiệm vụ của ai?", O: []string{"*Của cả hệ thống chính trị", "Chỉ của Mặt trận", "Chỉ của chính quyền", "Chỉ của cán bộ dân vận"}},
					{P: "Câu nói của Chủ tịch Hồ Chí Minh nhấn mạnh điều gì?", O: []string{"*Sức mạnh của nhân dân", "Vai trò của pháp luật", "Tầm quan trọng của kinh tế", "Vai trò của quân đội"}},
					{P: "Cách dân vận hiệu quả nhất ở cơ sở là gì?", O: []string{"*Thực hiện tốt quy chế dân chủ", "Họp dân thật nhiều", "Phát nhiều tài liệu", "Tăng số cán bộ"}},
					{P: "“Dân biết, dân bàn, dân làm, dân kiểm tra” nói về điều gì?", O: []string{"*Quy chế dân chủ ở cơ sở", "Quy trình bầu cử", "Nghĩa vụ nộp thuế", "Kế hoạch sản xuất"}},
					{P: "Khi nào người dân tự nguyện đóng góp?", O: []string{"*Khi thấy việc làm của chính quyền là vì lợi ích của họ", "Khi bị bắt buộc", "Khi được trả tiền", "Khi có cán bộ cấp trên về"}},
				}},
			{Title: "Hướng dẫn viết bài thu hoạch", Kind: "notice", Tp: []string{"study"},
				T: `Các đồng chí chú ý. Sau đợt đi thực tế, mỗi học viên viết một bài thu hoạch dài từ năm đến bảy trang. Bài thu hoạch gồm ba phần: phần thứ nhất giới thiệu khái quát địa phương đã đến; phần thứ hai nêu những kết quả, hạn chế và nguyên nhân; phần thứ ba là những bài học kinh nghiệm có thể vận dụng ở địa phương mình tại Lào. Học viên viết bằng tiếng Việt; nếu còn khó khăn, có thể viết phần thứ ba bằng tiếng Lào và nhờ phiên dịch hỗ trợ. Hạn nộp là ngày ba mươi tháng này, nộp cho giáo viên chủ nhiệm. Bài nộp muộn sẽ bị trừ điểm.`,
				Qs: []Q{
					{P: "Bài thu hoạch dài bao nhiêu trang?", O: []string{"*Từ 5 đến 7 trang", "Từ 3 đến 5 trang", "Từ 7 đến 10 trang", "Không quá 2 trang"}},
					{P: "Phần thứ hai viết về nội dung gì?", O: []string{"*Kết quả, hạn chế và nguyên nhân", "Giới thiệu khái quát địa phương", "Bài học kinh nghiệm", "Cảm nghĩ về chuyến đi"}},
					{P: "Phần nào có thể viết bằng tiếng Lào?", O: []string{"*Phần thứ ba", "Phần thứ nhất", "Phần thứ hai", "Cả bài"}},
					{P: "Học viên nộp bài cho ai?", O: []string{"*Giáo viên chủ nhiệm", "Phiên dịch", "Lớp trưởng", "Phòng Đào tạo"}},
					{P: "Bài nộp muộn thì sao?", O: []string{"*Bị trừ điểm", "Không được thi", "Phải viết lại", "Không sao cả"}},
				}},
		},
	})
}
